package news.kafka;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import news.events.ArticleSubmitted;
import news.events.EventJson;
import news.events.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every failure of a batch is pinned to the one record the error handler must retry or dead-letter. */
class EventBatchTest {

	private final EventReader reader = new EventReader(new PipelineKafkaProperties(3, (short) 1, 2,
			Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), DataSize.ofMegabytes(1)));

	private final List<List<String>> calls = new ArrayList<>();

	@Test
	void aGoodBatchIsWorkedOnceAsAWhole() {
		EventBatch.process(records("a", "b", "c"), this.reader, ArticleSubmitted.class, this::work);

		assertThat(this.calls).containsExactly(List.of("a", "b", "c"));
	}

	@Test
	void anInvalidRecordIsPinnedAfterTheRecordsBeforeItAreWorked() {
		List<ConsumerRecord<String, String>> records = records("a", "b", null, "d");

		assertThatThrownBy(() -> EventBatch.process(records, this.reader, ArticleSubmitted.class, this::work))
			.isInstanceOfSatisfying(BatchListenerFailedException.class, (ex) -> {
				assertThat(ex.getRecord()).isSameAs(records.get(2));
				assertThat(ex.getCause()).isInstanceOf(InvalidEventException.class);
			});
		assertThat(this.calls).containsExactly(List.of("a", "b"));
	}

	@Test
	void aRecordTheWorkFailsOnIsFoundByWorkingOneAtATime() {
		List<ConsumerRecord<String, String>> records = records("a", "bad", "c");

		assertThatThrownBy(() -> EventBatch.process(records, this.reader, ArticleSubmitted.class, this::work))
			.isInstanceOfSatisfying(BatchListenerFailedException.class,
					(ex) -> assertThat(ex.getRecord()).isSameAs(records.get(1)));
		assertThat(this.calls).containsExactly(List.of("a", "bad", "c"), List.of("a"), List.of("bad"));
	}

	@Test
	void aDependencyDownPinsTheFirstRecordWithATransientCause() {
		List<ConsumerRecord<String, String>> records = records("a", "b");

		assertThatThrownBy(() -> EventBatch.process(records, this.reader, ArticleSubmitted.class, (batch) -> {
			throw new UncheckedIOException(new ConnectException("Elasticsearch down"));
		})).isInstanceOfSatisfying(BatchListenerFailedException.class, (ex) -> {
			assertThat(ex.getRecord()).isSameAs(records.get(0));
			assertThat(TransientFailures.isTransient(ex)).isTrue();
		});
	}

	private void work(List<EventBatch.Received<ArticleSubmitted>> batch) {
		List<String> ids = batch.stream().map((received) -> received.event().id()).toList();
		this.calls.add(ids);
		if (ids.contains("bad")) {
			throw new IllegalStateException("refused " + ids);
		}
	}

	/** One record per id; null: a record that is not JSON. */
	private static List<ConsumerRecord<String, String>> records(String... ids) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			String value = ids[i] == null ? "{not json"
					: EventJson.write(new ArticleSubmitted(ids[i], "https://news.example/" + ids[i], Instant.EPOCH));
			records.add(new ConsumerRecord<>("news.test", 0, i, ids[i], value));
		}
		return records;
	}
}
