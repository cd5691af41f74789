package news.search.index;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

import org.springframework.stereotype.Component;

/**
 * Copies the articles of one index into another: a point in time of the source read in pages with
 * {@code search_after} (the local Elasticsearch lacks the reindex module, and this needs the revision rule
 * anyway), each page written through {@link ArticleWriter#writeAll}, so a newer revision already in the target
 * is kept.
 */
@Component
class IndexCopier {

	/** How long the point in time lives between two pages. */
	private static final Time KEEP_ALIVE = Time.of(t -> t.time("2m"));

	private final ElasticsearchClient client;

	private final ArticleWriter writer;

	IndexCopier(ElasticsearchClient client, ArticleWriter writer) {
		this.client = client;
		this.writer = writer;
	}

	/**
	 * @param afterSeqNo copy only documents written after this sequence number of the source; -1 copies all
	 */
	Copied copy(String source, String target, long afterSeqNo, int pageSize, Reindexer.Progress progress)
			throws IOException {
		this.client.indices().refresh(r -> r.index(source));
		Query query = afterSeqNo < 0 ? Query.of(q -> q.matchAll(m -> m))
				: Query.of(q -> q.range(r -> r.untyped(u -> u.field("_seq_no").gt(JsonData.of(afterSeqNo)))));
		String[] pit = { this.client.openPointInTime(p -> p.index(source).keepAlive(KEEP_ALIVE)).id() };
		try {
			long read = 0;
			long written = 0;
			long total = -1;
			List<FieldValue> after = null;
			while (true) {
				List<FieldValue> from = after;
				SearchResponse<ArticleDocument> page = this.client.search(s -> {
					s.pit(p -> p.id(pit[0]).keepAlive(KEEP_ALIVE))
						.query(query)
						.size(pageSize)
						.sort(o -> o.field(f -> f.field("_shard_doc")))
						.trackTotalHits(t -> t.enabled(from == null));
					return from == null ? s : s.searchAfter(from);
				}, ArticleDocument.class);
				pit[0] = page.pitId();
				total = total < 0 ? page.hits().total().value() : total;
				List<Hit<ArticleDocument>> hits = page.hits().hits();
				if (hits.isEmpty()) {
					return new Copied(read, written);
				}
				written += this.writer.writeAll(target, hits.stream().map(Hit::source).toList()).size();
				read += hits.size();
				progress.copied(read, total);
				after = hits.get(hits.size() - 1).sort();
			}
		}
		finally {
			this.client.closePointInTime(c -> c.id(pit[0]));
		}
	}

	/** @param read documents of the source read; @param written how many of them the target took */
	record Copied(long read, long written) {
	}
}
