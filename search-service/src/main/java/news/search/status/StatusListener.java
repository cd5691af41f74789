package news.search.status;

import java.util.List;

import news.events.ArticleStatusChanged;
import news.events.Topics;
import news.kafka.EventBatch;
import news.kafka.EventBatch.Received;
import news.kafka.EventReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter from the status topic to {@link ArticleStatusStore}, a poll at a time (one bulk request). */
@Component
class StatusListener {

	private final ArticleStatusStore store;

	private final EventReader events;

	StatusListener(ArticleStatusStore store, EventReader events) {
		this.store = store;
		this.events = events;
	}

	@KafkaListener(topics = Topics.STATUS, groupId = "search-service-status", batch = "true")
	void onStatuses(List<ConsumerRecord<String, String>> records) {
		EventBatch.process(records, this.events, ArticleStatusChanged.class,
				(batch) -> this.store.recordAll(batch.stream().map(Received::event).toList()));
	}
}
