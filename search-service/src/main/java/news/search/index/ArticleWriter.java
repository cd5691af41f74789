package news.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;

import org.springframework.stereotype.Component;

/**
 * Writes article documents so the larger {@link ArticleRevision} of each article wins whatever the order of
 * writes: a document replaces the stored one only when its revision is not older, and only if the stored one is
 * still the one compared (its sequence number; create when there was none). A writer that loses such a race reads
 * again and decides again, so two writers cannot undo each other.
 */
@Component
public class ArticleWriter {

	/** A race on one article lasts one write of another writer; this many lost races in a row is a fault. */
	private static final int ATTEMPTS = 5;

	private static final int CONFLICT = 409;

	private final ElasticsearchClient client;

	ArticleWriter(ElasticsearchClient client) {
		this.client = client;
	}

	/** @return whether the document was written (false: {@code index} holds a newer revision, kept) */
	public boolean write(String index, ArticleDocument document) {
		try {
			for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
				GetResponse<ArticleRevision> stored = this.client.get(
						g -> g.index(index).id(document.id()).sourceIncludes(List.of(ArticleRevision.FIELDS)),
						ArticleRevision.class);
				if (!ArticleRevision.of(document).replaces(stored.found() ? stored.source() : null)) {
					return false;
				}
				try {
					this.client.<ArticleDocument>index(i -> guarded(i.index(index).id(document.id()).document(document), stored));
					return true;
				}
				catch (ElasticsearchException ex) {
					if (ex.status() != CONFLICT) {
						throw ex;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable while indexing " + document.id(), ex);
		}
		throw new IllegalStateException("article " + document.id() + " kept changing while being written");
	}

	/**
	 * Many documents at once: one multi-get, one bulk request; the few that lose a race (to another writer, or to
	 * the same article earlier in the list) go through {@link #write} one by one.
	 * @return those of {@code documents} written, the same instances (the others: {@code index} holds a newer revision)
	 */
	public List<ArticleDocument> writeAll(String index, List<ArticleDocument> documents) throws IOException {
		if (documents.isEmpty()) {
			return List.of();
		}
		List<MultiGetResponseItem<ArticleRevision>> stored = this.client.mget(m -> m.index(index)
			.ids(documents.stream().map(ArticleDocument::id).toList())
			.sourceIncludes(List.of(ArticleRevision.FIELDS)), ArticleRevision.class).docs();
		List<ArticleDocument> writes = new ArrayList<>();
		List<BulkOperation> operations = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			ArticleDocument document = documents.get(i);
			GetResult<ArticleRevision> current = stored.get(i).result();
			if (ArticleRevision.of(document).replaces(current.found() ? current.source() : null)) {
				writes.add(document);
				operations.add(current.found()
						? BulkOperation.of(o -> o.index(x -> x.index(index).id(document.id()).document(document)
							.ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())))
						: BulkOperation.of(o -> o.create(c -> c.index(index).id(document.id()).document(document))));
			}
		}
		if (operations.isEmpty()) {
			return List.of();
		}
		BulkResponse response = this.client.bulk(b -> b.index(index).operations(operations));
		List<ArticleDocument> written = new ArrayList<>();
		for (int i = 0; i < writes.size(); i++) {
			BulkResponseItem item = response.items().get(i);
			if (item.error() == null || (item.status() == CONFLICT && write(index, writes.get(i)))) {
				written.add(writes.get(i));
			}
			else if (item.status() != CONFLICT) {
				throw ElasticsearchWrite.failure("writing " + item.id() + " to " + index, item);
			}
		}
		return written;
	}

	private static IndexRequest.Builder<ArticleDocument> guarded(
			IndexRequest.Builder<ArticleDocument> request,
			GetResponse<ArticleRevision> stored) {
		return stored.found() ? request.ifSeqNo(stored.seqNo()).ifPrimaryTerm(stored.primaryTerm())
				: request.opType(OpType.Create);
	}
}
