package news.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import news.events.ArticleEnriched;
import news.events.EventJson;
import news.events.InvalidEventException;
import news.events.Topics;
import news.kafka.EventPublisher;
import news.kafka.RecordContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Adapter from the enriched topic to {@link ArticleIndexer}: each poll's records are indexed with one bulk
 * request (one request per article was the search service's top cost under load, docs/BENCHMARKS.md). A record
 * that cannot be read or indexed is named to the error handler, which commits those before it, retries it and
 * finally dead-letters it alone, as for a record listener.
 */
@Component
class EnrichedArticleListener {

	private final ArticleIndexer indexer;

	private final EventPublisher publisher;

	private final RecordContext context;

	EnrichedArticleListener(ArticleIndexer indexer, EventPublisher publisher, RecordContext context) {
		this.indexer = indexer;
		this.publisher = publisher;
		this.context = context;
	}

	@KafkaListener(topics = Topics.ENRICHED, groupId = "search-service", batch = "true")
	void onArticles(List<ConsumerRecord<String, String>> records) {
		List<ArticleEnriched> articles = new ArrayList<>(records.size());
		for (ConsumerRecord<String, String> record : records) {
			try {
				articles.add(EventJson.read(record.value(), ArticleEnriched.class));
			}
			catch (InvalidEventException ex) {
				// Those before it are indexed first, so the error handler may commit them.
				index(records, articles);
				throw new BatchListenerFailedException(ex.getMessage(), ex, articles.size());
			}
		}
		index(records, articles);
	}

	private void index(List<ConsumerRecord<String, String>> records, List<ArticleEnriched> articles) {
		ArticleIndexer.Bulk bulk = this.indexer.write(articles);
		int stored = bulk.firstFailure() < 0 ? articles.size() : bulk.firstFailure();
		List<CompletableFuture<?>> sent = new ArrayList<>(stored);
		for (int i = 0; i < stored; i++) {
			ArticleDocument document = bulk.documents().get(i);
			sent.add(this.context.within(records.get(i), "index", () -> this.indexer.announce(document)));
		}
		this.publisher.await(Topics.STATUS, sent);
		if (bulk.firstFailure() >= 0) {
			String id = bulk.documents().get(stored).id();
			throw new BatchListenerFailedException("Elasticsearch refused article " + id + ": " + bulk.failureReason(),
					stored);
		}
	}
}
