package news.search.index;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import news.events.ArticleEnriched;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Indexes one enriched article by its id, then reports it searchable and announces {@link ArticleIndexed}. */
@Service
public class ArticleIndexer {

	private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	private final EventPublisher publisher;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	ArticleIndexer(ElasticsearchClient client, IndexProperties properties, EventPublisher publisher,
			ApplicationEventPublisher events) {
		this.client = client;
		this.properties = properties;
		this.publisher = publisher;
		this.events = events;
	}

	public void index(ArticleEnriched enriched) {
		ArticleDocument document = ArticleDocument.of(enriched, this.clock.instant());
		ElasticsearchWrite.run("indexing " + document.id(),
				() -> this.client.index(i -> i.index(this.properties.articlesAlias()).id(document.id()).document(document)));
		this.publisher.status(document.id(), document.url(), Stage.INDEXED, Outcome.OK, null);
		this.events.publishEvent(new ArticleIndexed(document));
		log.info("article={} indexed", document.id());
	}
}
