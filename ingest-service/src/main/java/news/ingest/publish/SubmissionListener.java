package news.ingest.publish;

import news.events.ArticleSubmitted;
import news.events.EventJson;
import news.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter from the submissions topic to {@link ArticleIngestor}. */
@Component
class SubmissionListener {

	private final ArticleIngestor ingestor;

	SubmissionListener(ArticleIngestor ingestor) {
		this.ingestor = ingestor;
	}

	@KafkaListener(topics = Topics.SUBMISSIONS, groupId = "ingest-service")
	void onSubmission(String json) {
		this.ingestor.ingest(EventJson.read(json, ArticleSubmitted.class));
	}
}
