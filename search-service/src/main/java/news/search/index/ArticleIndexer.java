package news.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
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
 * Indexes enriched articles by their id, many in one bulk request, then reports each searchable and announces
 * {@link ArticleIndexed}.
 */
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

	/** One article, indexed and announced before returning. */
	public void index(ArticleEnriched enriched) {
		Bulk bulk = write(List.of(enriched));
		if (bulk.firstFailure() >= 0) {
			throw new IndexingFailedException(bulk.documents().get(0).id(), bulk.failureReason());
		}
		this.publisher.await(Topics.STATUS, announce(bulk.documents().get(0)));
	}

	/**
	 * Writes the articles with one bulk request. Every document Elasticsearch took is stored; the caller announces
	 * them and retries from the first it refused.
	 */
	public Bulk write(List<ArticleEnriched> articles) {
		List<ArticleDocument> documents = articles.stream()
			.map(enriched -> ArticleDocument.of(enriched, this.clock.instant()))
			.toList();
		if (documents.isEmpty()) {
			return new Bulk(documents, -1, null);
		}
		BulkRequest.Builder request = new BulkRequest.Builder();
		for (ArticleDocument document : documents) {
			request.operations(op -> op.index(i -> i.index(this.properties.articlesAlias()).id(document.id()).document(document)));
		}
		BulkResponse response;
		try {
			response = this.client.bulk(request.build());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable while indexing " + documents.size() + " articles", ex);
		}
		List<BulkResponseItem> items = response.items();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).error() != null) {
				return new Bulk(documents, i, items.get(i).error().type() + ": " + items.get(i).error().reason());
			}
		}
		return new Bulk(documents, -1, null);
	}

	/**
	 * Reports one stored document searchable (without waiting for the broker: the caller awaits the returned
	 * send) and tells the stream about it.
	 */
	public CompletableFuture<?> announce(ArticleDocument document) {
		CompletableFuture<?> sent = this.publisher.sendStatus(document.id(), document.url(), Stage.INDEXED, Outcome.OK,
				null);
		this.events.publishEvent(new ArticleIndexed(document));
		log.info("article={} indexed", document.id());
		return sent;
	}

	/**
	 * @param documents the documents of the request, in order
	 * @param firstFailure the position of the first document Elasticsearch refused, or -1
	 */
	public record Bulk(List<ArticleDocument> documents, int firstFailure, String failureReason) {
	}

	/** Elasticsearch refused a document; the record is retried, then dead-lettered. */
	public static class IndexingFailedException extends RuntimeException {

		IndexingFailedException(String id, String reason) {
			super("Elasticsearch refused article " + id + ": " + reason);
		}
	}
}
