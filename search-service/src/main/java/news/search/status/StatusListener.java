package news.search.status;

import news.events.ArticleStatusChanged;
import news.events.EventJson;
import news.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter from the status topic to {@link ArticleStatusStore}. */
@Component
class StatusListener {

	private final ArticleStatusStore store;

	StatusListener(ArticleStatusStore store) {
		this.store = store;
	}

	@KafkaListener(topics = Topics.STATUS, groupId = "search-service-status")
	void onStatus(String json) {
		this.store.record(EventJson.read(json, ArticleStatusChanged.class));
	}
}
