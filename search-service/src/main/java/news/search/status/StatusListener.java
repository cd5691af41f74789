package news.search.status;

import news.events.ArticleStatusChanged;
import news.events.Topics;
import news.kafka.EventReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter from the status topic to {@link ArticleStatusStore}. */
@Component
class StatusListener {

	private final ArticleStatusStore store;

	private final EventReader events;

	StatusListener(ArticleStatusStore store, EventReader events) {
		this.store = store;
		this.events = events;
	}

	@KafkaListener(topics = Topics.STATUS, groupId = "search-service-status")
	void onStatus(ConsumerRecord<String, String> record) {
		this.store.record(this.events.read(record, ArticleStatusChanged.class));
	}
}
