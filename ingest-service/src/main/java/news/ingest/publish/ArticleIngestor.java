package news.ingest.publish;

import java.net.URI;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import news.events.Article;
import news.events.ArticleExtracted;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.ArticleSubmitted;
import news.events.Topics;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedPage;
import news.ingest.fetch.FetchFailedException;
import news.ingest.fetch.FetchedPage;
import news.ingest.fetch.PageFetcher;
import news.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * One submission through fetch and extraction. A page that cannot be fetched or holds no article is an outcome
 * recorded on the status topic, not an error: only a failure to publish is thrown, so Kafka retries it.
 */
@Service
public class ArticleIngestor {

	private static final Logger log = LoggerFactory.getLogger(ArticleIngestor.class);

	private final PageFetcher fetcher;

	private final ArticleExtractor extractor;

	private final EventPublisher publisher;

	private final MeterRegistry meters;

	ArticleIngestor(PageFetcher fetcher, ArticleExtractor extractor, EventPublisher publisher, MeterRegistry meters) {
		this.fetcher = fetcher;
		this.extractor = extractor;
		this.publisher = publisher;
		this.meters = meters;
	}

	public void ingest(ArticleSubmitted submission) {
		FetchedPage page;
		Timer.Sample fetching = Timer.start(this.meters);
		try {
			page = this.fetcher.fetch(URI.create(submission.url()));
			fetching.stop(this.meters.timer("news.fetch", "outcome", "ok"));
		}
		catch (FetchFailedException ex) {
			fetching.stop(this.meters.timer("news.fetch", "outcome", "failed"));
			log.info("article={} url={} fetch failed: {}", submission.id(), submission.url(), ex.getMessage());
			this.publisher.status(submission.id(), submission.url(), Stage.FETCHED, Outcome.FAILED, ex.getMessage());
			return;
		}
		this.publisher.status(submission.id(), submission.url(), Stage.FETCHED, Outcome.OK, null);

		ExtractedPage extracted = this.extractor.extract(page.body(), page.charset(), page.finalUrl().toString(),
				page.fetchedAt());
		boolean empty = extracted.body() == null || extracted.body().isBlank();
		this.meters.counter("news.extraction", "status", empty ? "EMPTY" : "OK").increment();
		if (empty) {
			log.info("article={} url={} holds no article text", submission.id(), submission.url());
			this.publisher.status(submission.id(), submission.url(), Stage.EXTRACTED, Outcome.EMPTY,
					"no article text found in the page");
			return;
		}
		String canonical = extracted.canonicalUrl() != null ? extracted.canonicalUrl() : page.finalUrl().toString();
		Article article = new Article(submission.id(), submission.url(), canonical, extracted.siteName(),
				extracted.title(), extracted.authors(), extracted.publishedAt(), extracted.language(), extracted.body(),
				page.fetchedAt());
		this.publisher.publish(Topics.RAW, article.id(), new ArticleExtracted(article));
		this.publisher.status(submission.id(), submission.url(), Stage.EXTRACTED, Outcome.OK, null);
		log.info("article={} url={} extracted: {} characters", article.id(), article.url(), article.body().length());
	}
}
