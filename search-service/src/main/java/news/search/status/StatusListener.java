package news.search.status;

import java.util.ArrayList;
import java.util.List;

import news.events.ArticleStatusChanged;
import news.events.EventJson;
import news.events.InvalidEventException;
import news.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Adapter from the status topic to {@link ArticleStatusStore}, a poll's records in one bulk request. A record that
 * cannot be read or stored is named to the error handler, which commits those before it, retries it and finally
 * dead-letters it alone.
 */
@Component
class StatusListener {

	private final ArticleStatusStore store;

	StatusListener(ArticleStatusStore store) {
		this.store = store;
	}

	@KafkaListener(topics = Topics.STATUS, groupId = "search-service-status", batch = "true")
	void onStatuses(List<ConsumerRecord<String, String>> records) {
		List<ArticleStatusChanged> events = new ArrayList<>(records.size());
		for (ConsumerRecord<String, String> record : records) {
			try {
				events.add(EventJson.read(record.value(), ArticleStatusChanged.class));
			}
			catch (InvalidEventException ex) {
				// Those before it are stored first, so the error handler may commit them.
				record(events);
				throw new BatchListenerFailedException(ex.getMessage(), ex, events.size());
			}
		}
		record(events);
	}

	private void record(List<ArticleStatusChanged> events) {
		int refused = this.store.recordAll(events);
		if (refused >= 0) {
			throw new BatchListenerFailedException("Elasticsearch refused the status of " + events.get(refused).id(),
					refused);
		}
	}
}
