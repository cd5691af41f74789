package news.search.index;

import java.time.Clock;

import news.events.ArticleEnriched;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Indexes one enriched article by its id unless the index holds a newer {@link ArticleRevision} of it, then reports
 * it searchable and announces {@link ArticleIndexed}.
 */
@Service
public class ArticleIndexer {

	private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);

	private final ArticleWriter writer;

	private final IndexProperties properties;

	private final EventPublisher publisher;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	ArticleIndexer(ArticleWriter writer, IndexProperties properties, EventPublisher publisher,
			ApplicationEventPublisher events) {
		this.writer = writer;
		this.properties = properties;
		this.publisher = publisher;
		this.events = events;
	}

	public void index(ArticleEnriched enriched) {
		ArticleDocument document = ArticleDocument.of(enriched, this.clock.instant());
		boolean[] written = { false };
		ElasticsearchWrite.run("indexing " + document.id(),
				() -> written[0] = this.writer.write(this.properties.articlesAlias(), document));
		// Either way the article is searchable: in this revision or in a newer one.
		this.publisher.status(document.id(), document.url(), Stage.INDEXED, Outcome.OK, null);
		if (written[0]) {
			this.events.publishEvent(new ArticleIndexed(document));
			log.info("article={} indexed", document.id());
		}
		else {
			log.info("article={} kept: the index holds a newer revision than enrichment {} of {}", document.id(),
					document.enrichmentVersion(), document.fetchedAt());
		}
	}
}
