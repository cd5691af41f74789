package news.search.index;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import news.events.ArticleEnriched;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.Topics;
import news.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Indexes enriched articles by their ids unless the index holds a newer {@link ArticleRevision} of one, then reports
 * each searchable and announces those written with {@link ArticleIndexed}.
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

	/** All steps for one article, waiting for its status event. */
	public void index(ArticleEnriched enriched) {
		Indexing indexing = write(List.of(enriched)).get(0);
		this.publisher.await(Topics.STATUS, reportSearchable(indexing));
		announce(indexing);
	}

	/** One bulk request for many articles (a poll's); nothing is reported yet. */
	public List<Indexing> write(List<ArticleEnriched> articles) {
		Instant now = this.clock.instant();
		List<ArticleDocument> documents = articles.stream().map((enriched) -> ArticleDocument.of(enriched, now)).toList();
		// writeAll returns the very documents it wrote: compare by identity, not by hashing every body.
		Set<ArticleDocument> written = Collections.newSetFromMap(new IdentityHashMap<>());
		written.addAll(ElasticsearchWrite.run("indexing " + documents.size() + " articles",
				() -> this.writer.writeAll(this.properties.articlesAlias(), documents)));
		return documents.stream().map((document) -> new Indexing(document, written.contains(document))).toList();
	}

	/** Sends the article's INDEXED status without waiting for the broker. */
	public CompletableFuture<?> reportSearchable(Indexing indexing) {
		// Either way the article is searchable: in this revision or in a newer one.
		return this.publisher.sendStatus(indexing.document().id(), indexing.document().url(), Stage.INDEXED,
				Outcome.OK, null);
	}

	/** Tells live subscribers about a written article, once its status is stored. */
	public void announce(Indexing indexing) {
		ArticleDocument document = indexing.document();
		if (indexing.written()) {
			this.events.publishEvent(new ArticleIndexed(document));
			log.info("article={} indexed", document.id());
		}
		else {
			log.info("article={} kept: the index holds a newer revision than enrichment {} of {}", document.id(),
					document.enrichmentVersion(), document.fetchedAt());
		}
	}

	/** @param written false when the index holds a newer revision of the article, which it keeps */
	public record Indexing(ArticleDocument document, boolean written) {
	}
}
