package news.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import news.kafka.TransientFailures.DependencyUnavailableException;

/**
 * One write to Elasticsearch from a listener, its failures sorted for the listener's error handler: an
 * unreachable, busy or recovering node is transient (the record waits for it), anything else is the record's.
 */
public final class ElasticsearchWrite {

	/** Busy (429) or not ready (503 while shards recover after a restart, or a proxy's 502/504). */
	private static final Set<Integer> UNAVAILABLE = Set.of(429, 502, 503, 504);

	private ElasticsearchWrite() {
	}

	/** @param what for the message, e.g. "indexing 1f3a..." */
	public static <T> T run(String what, Call<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable while " + what, ex);
		}
		catch (ElasticsearchException ex) {
			if (UNAVAILABLE.contains(ex.status())) {
				throw new DependencyUnavailableException("Elasticsearch unavailable while " + what, ex);
			}
			throw ex;
		}
	}

	/** The failure of one item of a bulk request, sorted as {@link #run} sorts a whole request's. */
	public static RuntimeException failure(String what, BulkResponseItem item) {
		String message = "Elasticsearch refused " + what + ": " + item.status() + " "
				+ (item.error() == null ? "" : item.error().reason());
		return UNAVAILABLE.contains(item.status()) ? new DependencyUnavailableException(message, null)
				: new IllegalStateException(message);
	}

	@FunctionalInterface
	public interface Call<T> {

		T run() throws IOException;
	}
}
