package news.enrich.consume;

import news.enrich.publish.ArticleEnricher;
import news.events.ArticleExtracted;
import news.events.Topics;
import news.kafka.EventReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter from the raw topic to {@link ArticleEnricher}. */
@Component
class RawArticleListener {

	private final ArticleEnricher enricher;

	private final EventReader events;

	RawArticleListener(ArticleEnricher enricher, EventReader events) {
		this.enricher = enricher;
		this.events = events;
	}

	@KafkaListener(topics = Topics.RAW, groupId = "enrich-service")
	void onArticle(ConsumerRecord<String, String> record) {
		this.enricher.enrich(this.events.read(record, ArticleExtracted.class).article());
	}
}
