package news.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import news.events.ArticleEnriched;
import news.events.Topics;
import news.kafka.EventBatch;
import news.kafka.EventBatch.Received;
import news.kafka.EventPublisher;
import news.kafka.EventReader;
import news.kafka.RecordTrace;
import news.search.index.ArticleIndexer.Indexing;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Adapter from the enriched topic to {@link ArticleIndexer}, a poll at a time: one bulk request per poll is what
 * lets indexing keep up (docs/BENCHMARKS.md); each article's report and announcement still run in its own trace.
 */
@Component
class EnrichedArticleListener {

	private static final String SPAN = Topics.ENRICHED + " index";

	private final ArticleIndexer indexer;

	private final EventReader events;

	private final EventPublisher publisher;

	private final RecordTrace trace;

	EnrichedArticleListener(ArticleIndexer indexer, EventReader events, EventPublisher publisher, RecordTrace trace) {
		this.indexer = indexer;
		this.events = events;
		this.publisher = publisher;
		this.trace = trace;
	}

	@KafkaListener(topics = Topics.ENRICHED, groupId = "search-service", batch = "true")
	void onArticles(List<ConsumerRecord<String, String>> records) {
		EventBatch.process(records, this.events, ArticleEnriched.class, this::index);
	}

	private void index(List<Received<ArticleEnriched>> batch) {
		List<Indexing> indexed = this.indexer.write(batch.stream().map(Received::event).toList());
		List<CompletableFuture<?>> reports = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			Indexing indexing = indexed.get(i);
			reports.add(this.trace.within(batch.get(i).record(), SPAN, () -> this.indexer.reportSearchable(indexing)));
		}
		this.publisher.await(Topics.STATUS, reports);
		for (int i = 0; i < batch.size(); i++) {
			Indexing indexing = indexed.get(i);
			this.trace.within(batch.get(i).record(), SPAN, () -> {
				this.indexer.announce(indexing);
				return null;
			});
		}
	}
}
