package news.kafka;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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

	/** More failures than {@code news.kafka.retries} (2) allows a record that is at fault. */
	static final int OUTAGE_ATTEMPTS = 6;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	FlakyListener listener;

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

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
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
