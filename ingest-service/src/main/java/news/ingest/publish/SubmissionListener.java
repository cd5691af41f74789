package news.ingest.publish;

import news.events.ArticleSubmitted;
import news.events.Topics;
import news.kafka.EventReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter from the submissions topic to {@link ArticleIngestor}. */
@Component
class SubmissionListener {

	private final ArticleIngestor ingestor;

	private final EventReader events;

	SubmissionListener(ArticleIngestor ingestor, EventReader events) {
		this.ingestor = ingestor;
		this.events = events;
	}

	@KafkaListener(topics = Topics.SUBMISSIONS, groupId = "ingest-service")
	void onSubmission(ConsumerRecord<String, String> record) {
		this.ingestor.ingest(this.events.read(record, ArticleSubmitted.class));
	}
}
