package news.ingest.publish;

import news.events.ArticleExtracted;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.ArticleSubmitted;
import news.events.Topics;
import news.kafka.EventPublisher;
import news.kafka.EventTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Publishes what became of one submission: the article to the raw topic, and the outcome of each stage to the
 * status topic. Only a failure to publish is thrown, so Kafka retries it.
 */
@Service
public class ArticleIngestor {

	private static final Logger log = LoggerFactory.getLogger(ArticleIngestor.class);

	private final SubmissionProcessor processor;

	private final EventPublisher publisher;

	ArticleIngestor(SubmissionProcessor processor, EventPublisher publisher) {
		this.processor = processor;
		this.publisher = publisher;
	}

	public void ingest(ArticleSubmitted submission) {
		IngestOutcome outcome = this.processor.process(submission);
		if (outcome.stage() == Stage.FETCHED) {
			log.info("article={} url={} fetch failed: {}", submission.id(), submission.url(), outcome.reason());
			status(submission, outcome);
			return;
		}
		this.publisher.status(submission.id(), submission.url(), Stage.FETCHED, Outcome.OK, null);
		if (outcome.article() == null) {
			log.info("article={} url={} not published: {} ({})", submission.id(), submission.url(), outcome.outcome(),
					outcome.reason());
			status(submission, outcome);
			return;
		}
		try {
			this.publisher.publish(Topics.RAW, submission.id(), new ArticleExtracted(outcome.article()));
		}
		catch (EventTooLargeException ex) {
			// A page of text so long it cannot travel as one event is no news article: say so and move on.
			log.info("article={} url={} not published: {}", submission.id(), submission.url(), ex.getMessage());
			status(submission, IngestOutcome.extracted(Outcome.FAILED, "article too large: " + ex.getMessage()));
			return;
		}
		status(submission, outcome);
		log.info("article={} url={} extracted: {} characters", submission.id(), submission.url(),
				outcome.article().body().length());
	}

	private void status(ArticleSubmitted submission, IngestOutcome outcome) {
		this.publisher.status(submission.id(), submission.url(), outcome.stage(), outcome.outcome(), outcome.reason());
	}
}
