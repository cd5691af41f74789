package news.kafka;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Runs a batch listener's work on a whole poll at once (one bulk request instead of one per record) while keeping
 * the per-record rules of the shared error handler: a failure is always pinned to one record with
 * {@link BatchListenerFailedException}, so the handler commits the records before it, retries or dead-letters
 * that one, and redelivers the rest. Without the pin Spring Kafka would retry the whole poll and then
 * dead-letter every record of it, good ones included.
 */
public final class EventBatch {

	private EventBatch() {
	}

	/**
	 * Reads the records as events and gives {@code work} the longest valid prefix; an invalid record is then
	 * pinned as the failure. When the work fails because a dependency is down, the first record is pinned (all
	 * wait for the dependency, none is at fault). When it fails for any other reason, the events are worked one at
	 * a time to find the record at fault — the work must therefore be idempotent, as every effect of the pipeline
	 * is (keyed by article id).
	 */
	public static <T> void process(List<ConsumerRecord<String, String>> records, EventReader reader, Class<T> type,
			Work<T> work) {
		List<Received<T>> events = new ArrayList<>(records.size());
		RuntimeException invalid = null;
		for (ConsumerRecord<String, String> record : records) {
			try {
				events.add(new Received<>(record, reader.read(record, type)));
			}
			catch (RuntimeException ex) {
				invalid = ex;
				break;
			}
		}
		if (!events.isEmpty()) {
			workAll(events, work);
		}
		if (invalid != null) {
			throw new BatchListenerFailedException(invalid.getMessage(), invalid,
					records.get(events.size()));
		}
	}

	private static <T> void workAll(List<Received<T>> events, Work<T> work) {
		try {
			work.process(events);
		}
		catch (RuntimeException ex) {
			if (TransientFailures.isTransient(ex)) {
				throw new BatchListenerFailedException(ex.getMessage(), ex, events.get(0).record());
			}
			for (Received<T> event : events) {
				try {
					work.process(List.of(event));
				}
				catch (RuntimeException one) {
					throw new BatchListenerFailedException(one.getMessage(), one, event.record());
				}
			}
		}
	}

	/** An event with the record it came in, for its headers (trace context) and its place in the batch. */
	public record Received<T>(ConsumerRecord<String, String> record, T event) {
	}

	/** What a listener does with a batch of events, in record order. */
	@FunctionalInterface
	public interface Work<T> {

		void process(List<Received<T>> events);
	}
}
