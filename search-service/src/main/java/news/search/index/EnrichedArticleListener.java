package news.search.index;

import news.events.ArticleEnriched;
import news.events.EventJson;
import news.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter from the enriched topic to {@link ArticleIndexer}. */
@Component
class EnrichedArticleListener {

	private final ArticleIndexer indexer;

	EnrichedArticleListener(ArticleIndexer indexer) {
		this.indexer = indexer;
	}

	@KafkaListener(topics = Topics.ENRICHED, groupId = "search-service")
	void onArticle(String json) {
		this.indexer.index(EventJson.read(json, ArticleEnriched.class));
	}
}
