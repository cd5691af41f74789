package news.kafka;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import news.events.ArticleSubmitted;
import news.events.EventJson;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared error handler on the real Kafka started by {@code ./news test}: a record whose processing fails
 * because a dependency is down is retried until it is back, never dead-lettered (issue 6); a record that fails
 * for its own sake is dead-lettered after the configured retries.
 */
@SpringBootTest(classes = TransientFailureRetryIT.App.class,
		properties = { "spring.config.import=classpath:news-pipeline.yml", "news.kafka.retry-backoff=100ms", "news.kafka.max-retry-backoff=200ms",
				"spring.kafka.consumer.group-id=transient-failure-retry-it" })
class TransientFailureRetryIT {

	static final String TOPIC = "news.test.retries.v1";

	static final String BATCH_TOPIC = "news.test.batch-retries.v1";

	/** More failures than {@code news.kafka.retries} (2) allows a record that is at fault. */
	static final int OUTAGE_ATTEMPTS = 6;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	FlakyListener listener;

	@Autowired
	FlakyBatchListener batchListener;

	@Test
	void recordFailingWhileADependencyIsDownIsRetriedUntilItIsBackAndNotDeadLettered() throws Exception {
		String key = "outage-" + UUID.randomUUID();
		this.kafka.send(TOPIC, key, "ok").get();

		await().atMost(Duration.ofSeconds(60)).until(() -> this.listener.processed.containsKey(key));
		assertThat(this.listener.attempts(key)).isEqualTo(OUTAGE_ATTEMPTS + 1);
		try (var dlt = TopicReader.of(this.kafka, TOPIC + "-dlt")) {
			assertThat(dlt.find(key, Duration.ofSeconds(3))).isEmpty();
		}
	}

	@Test
	void recordFailingForItsOwnSakeIsDeadLetteredAfterTheRetries() throws Exception {
		String key = "poison-" + UUID.randomUUID();
		this.kafka.send(TOPIC, key, "poison").get();

		try (var dlt = TopicReader.of(this.kafka, TOPIC + "-dlt")) {
			assertThat(dlt.find(key, Duration.ofSeconds(60))).isPresent();
		}
		assertThat(this.listener.attempts(key)).isEqualTo(3);
		assertThat(this.listener.processed).doesNotContainKey(key);
	}

	@Test
	void batchWaitsForADependencyWithoutDeadLetteringAndDeadLettersOnlyItsPoison() throws Exception {
		String run = UUID.randomUUID().toString();
		List<String> ids = List.of("outage-" + run, "poison-" + run, "after-" + run);
		for (String id : ids) {
			this.kafka.send(BATCH_TOPIC, id, EventJson.write(new ArticleSubmitted(id, "https://news.example/" + id,
					Instant.EPOCH)));
		}
		this.kafka.flush();

		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.batchListener.processed.containsAll(List.of(ids.get(0), ids.get(2))));
		assertThat(this.batchListener.processed).doesNotContain(ids.get(1));
		try (var dlt = TopicReader.of(this.kafka, BATCH_TOPIC + "-dlt")) {
			assertThat(dlt.find(ids.get(1), Duration.ofSeconds(30))).isPresent();
			assertThat(dlt.find(ids.get(0), Duration.ofSeconds(3))).isEmpty();
			assertThat(dlt.find(ids.get(2), Duration.ofSeconds(3))).isEmpty();
		}
	}

	@Test
	void classifiesFailuresByTheirCauses() {
		assertThat(TransientFailures.isTransient(new RuntimeException(new UncheckedIOException(new ConnectException()))))
			.isTrue();
		assertThat(TransientFailures.isTransient(
				new RuntimeException(new org.apache.kafka.common.errors.TimeoutException("no metadata"))))
			.isTrue();
		assertThat(TransientFailures.isTransient(new RuntimeException(new RecordTooLargeException("too big"))))
			.isFalse();
		assertThat(TransientFailures.isTransient(new IllegalStateException("bad record"))).isFalse();
	}

	/** Fails "ok" records as if Elasticsearch were unreachable for a while; fails "poison" records always. */
	static class FlakyListener {

		final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		final Map<String, String> processed = new ConcurrentHashMap<>();

		@KafkaListener(topics = TOPIC)
		void on(ConsumerRecord<String, String> record) {
			int attempt = this.attempts.computeIfAbsent(record.key(), k -> new AtomicInteger()).incrementAndGet();
			if (record.value().equals("poison")) {
				throw new IllegalStateException("cannot process " + record.key());
			}
			if (attempt <= OUTAGE_ATTEMPTS) {
				throw new UncheckedIOException("Elasticsearch unreachable", new ConnectException("Connection refused"));
			}
			this.processed.put(record.key(), record.value());
		}

		int attempts(String key) {
			return this.attempts.getOrDefault(key, new AtomicInteger()).get();
		}
	}

	/**
	 * A batch listener through {@link EventBatch}: the whole batch fails as if Elasticsearch were unreachable for
	 * a while, then a "poison-" event fails for its own sake.
	 */
	static class FlakyBatchListener {

		final AtomicInteger attempts = new AtomicInteger();

		final Set<String> processed = ConcurrentHashMap.newKeySet();

		private final EventReader reader;

		FlakyBatchListener(EventReader reader) {
			this.reader = reader;
		}

		@KafkaListener(topics = BATCH_TOPIC, batch = "true")
		void on(List<ConsumerRecord<String, String>> records) {
			EventBatch.process(records, this.reader, ArticleSubmitted.class, (batch) -> {
				if (this.attempts.incrementAndGet() <= OUTAGE_ATTEMPTS) {
					throw new UncheckedIOException("Elasticsearch unreachable", new ConnectException("Connection refused"));
				}
				List<String> ids = batch.stream().map((received) -> received.event().id()).toList();
				if (ids.stream().anyMatch((id) -> id.startsWith("poison-"))) {
					throw new IllegalStateException("cannot process " + ids);
				}
				this.processed.addAll(ids);
			});
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

		@Bean
		FlakyBatchListener flakyBatchListener(EventReader reader) {
			return new FlakyBatchListener(reader);
		}

		@Bean
		NewTopic batchTopic() {
			return TopicBuilder.name(BATCH_TOPIC).partitions(1).build();
		}

		@Bean
		NewTopic batchDeadLetterTopic() {
			return TopicBuilder.name(BATCH_TOPIC + "-dlt").partitions(1).build();
		}

		@Bean
		NewTopic retriesTopic() {
			return TopicBuilder.name(TOPIC).partitions(1).build();
		}

		@Bean
		NewTopic retriesDeadLetterTopic() {
			return TopicBuilder.name(TOPIC + "-dlt").partitions(1).build();
		}
	}
}
