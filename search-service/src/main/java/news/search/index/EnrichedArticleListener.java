package news.search.index;

import news.events.ArticleEnriched;
import news.events.Topics;
import news.kafka.EventReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter from the enriched topic to {@link ArticleIndexer}. */
@Component
class EnrichedArticleListener {

	private final ArticleIndexer indexer;

	private final EventReader events;

	EnrichedArticleListener(ArticleIndexer indexer, EventReader events) {
		this.indexer = indexer;
		this.events = events;
	}

	@KafkaListener(topics = Topics.ENRICHED, groupId = "search-service")
	void onArticle(ConsumerRecord<String, String> record) {
		this.indexer.index(this.events.read(record, ArticleEnriched.class));
	}
}
