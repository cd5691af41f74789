package news.eval.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import news.search.index.ArticleDocument;

/**
 * The benchmark corpus in search-service's articles index: the documents search-service itself would write
 * ({@link ArticleDocument#of}), bulk-indexed with the official client. The corpus is told apart from other
 * articles by its enrichment version (the marker), so a re-run that finds all of it indexed skips the build.
 */
final class CorpusIndex {

	/** Bulk requests of about 2.5 MB: large enough to be efficient, small enough for a 512 MB node. */
	private static final int BATCH = 1_000;

	private final ElasticsearchClient client;

	private final String alias;

	private final String marker;

	CorpusIndex(ElasticsearchClient client, String alias, String marker) {
		this.client = client;
		this.alias = alias;
		this.marker = marker;
	}

	/** Indexes {@code articles} articles unless exactly that many of this corpus are there already. */
	void ensure(CorpusGenerator generator, int articles, boolean rebuild) throws IOException {
		if (!this.client.indices().exists(e -> e.index(this.alias)).value()) {
			throw new IllegalStateException("No index " + this.alias + " at Elasticsearch: search-service creates it "
					+ "when it starts (./news up)");
		}
		long present = count();
		if (present == articles && !rebuild) {
			System.out.printf("corpus: %,d articles of %s already indexed (--rebuild to index them again)%n", present,
					this.marker);
			return;
		}
		if (present > 0) {
			remove();
		}
		long started = System.nanoTime();
		for (int from = 0; from < articles; from += BATCH) {
			List<BulkOperation> operations = new ArrayList<>(BATCH);
			Instant now = Instant.now();
			for (int n = from; n < Math.min(articles, from + BATCH); n++) {
				ArticleDocument doc = ArticleDocument.of(generator.article(n), now);
				operations.add(BulkOperation.of(o -> o.index(i -> i.id(doc.id()).document(doc))));
			}
			BulkResponse response = this.client.bulk(b -> b.index(this.alias).operations(operations));
			if (response.errors()) {
				var failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
				throw new IllegalStateException("Bulk indexing failed for " + failed.id() + ": " + failed.error().reason());
			}
			if ((from + BATCH) % 10_000 == 0) {
				System.out.printf("corpus: %,d of %,d articles indexed (%.0f s)%n", from + BATCH, articles,
						(System.nanoTime() - started) / 1e9);
			}
		}
		this.client.indices().refresh(r -> r.index(this.alias));
		System.out.printf("corpus: %,d articles indexed in %.0f s%n", count(), (System.nanoTime() - started) / 1e9);
	}

	long count() throws IOException {
		return this.client.count(c -> c.index(this.alias).query(ofCorpus())).count();
	}

	/**
	 * Deletes the corpus and nothing else from the index, a batch of ids at a time: the stack's Elasticsearch
	 * (the integ-test distribution) has no {@code _delete_by_query}.
	 */
	void remove() throws IOException {
		long deleted = 0;
		List<FieldValue> after = null;
		while (true) {
			List<FieldValue> from = after;
			List<Hit<Void>> hits = this.client.search(s -> {
				s.index(this.alias).query(ofCorpus()).size(BATCH).source(f -> f.fetch(false))
					.sort(o -> o.field(f -> f.field("id")));
				return from == null ? s : s.searchAfter(from);
			}, Void.class).hits().hits();
			if (hits.isEmpty()) {
				break;
			}
			List<BulkOperation> deletes = hits.stream()
				.map(h -> BulkOperation.of(o -> o.delete(d -> d.index(h.index()).id(h.id()))))
				.toList();
			this.client.bulk(b -> b.operations(deletes));
			deleted += hits.size();
			after = hits.get(hits.size() - 1).sort();
		}
		this.client.indices().refresh(r -> r.index(this.alias));
		System.out.printf("corpus: %,d articles of %s deleted%n", deleted, this.marker);
	}

	private Query ofCorpus() {
		return Query.of(q -> q.term(t -> t.field("enrichmentVersion").value(this.marker)));
	}
}
