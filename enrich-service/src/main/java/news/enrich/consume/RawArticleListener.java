package news.enrich.consume;

import news.enrich.publish.ArticleEnricher;
import news.events.ArticleExtracted;
import news.events.EventJson;
import news.events.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter from the raw topic to {@link ArticleEnricher}. */
@Component
class RawArticleListener {

	private final ArticleEnricher enricher;

	RawArticleListener(ArticleEnricher enricher) {
		this.enricher = enricher;
	}

	@KafkaListener(topics = Topics.RAW, groupId = "enrich-service")
	void onArticle(String json) {
		this.enricher.enrich(EventJson.read(json, ArticleExtracted.class).article());
	}
}
