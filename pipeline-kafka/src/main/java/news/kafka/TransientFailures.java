package news.kafka;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure that passes when a dependency comes back (Kafka or Elasticsearch unreachable, slow or
 * restarting) from one that never will. A record that failed transiently is good: it is retried until the
 * dependency answers, never dead-lettered.
 */
public final class TransientFailures {

	private TransientFailures() {
	}

	/** Whether {@code failure}, or any of its causes, says "not now" rather than "never". */
	public static boolean isTransient(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// IOException: what the Elasticsearch client throws when it cannot connect or is cut off;
			// RetriableException: Kafka's own mark (broker unreachable, leader moving, request timed out).
			if (cause instanceof IOException || cause instanceof RetriableException
					|| cause instanceof TimeoutException || cause instanceof DependencyUnavailableException) {
				return true;
			}
		}
		return false;
	}

	/** Thrown by a stage whose dependency answered "busy" or "not ready" (e.g. HTTP 429 or 503). */
	public static class DependencyUnavailableException extends RuntimeException {

		public DependencyUnavailableException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
