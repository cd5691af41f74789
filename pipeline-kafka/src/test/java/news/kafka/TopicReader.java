package news.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Reads a topic from the beginning in a group of its own, for integration tests that check what a service
 * really published. Tests share one broker, so they look for their own keys.
 */
public final class TopicReader implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	/** Records polled but not yet looked at: one poll can return the next record sought too. */
	private final Deque<ConsumerRecord<String, String>> unread = new ArrayDeque<>();

	public TopicReader(String bootstrapServers, String topic) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
		this.consumer.subscribe(List.of(topic));
	}

	/** Reads {@code topic} from the broker {@code template} writes to. */
	public static TopicReader of(KafkaTemplate<?, ?> template, String topic) {
		Object servers = template.getProducerFactory().getConfigurationProperties().get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
		return new TopicReader(servers instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
				: String.valueOf(servers), topic);
	}

	/** The next record with this key, waiting at most {@code timeout}; later calls go on from there. */
	public Optional<ConsumerRecord<String, String>> find(String key, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			while (!this.unread.isEmpty()) {
				ConsumerRecord<String, String> record = this.unread.poll();
				if (key.equals(record.key())) {
					return Optional.of(record);
				}
			}
			if (!Instant.now().isBefore(deadline)) {
				return Optional.empty();
			}
			this.consumer.poll(Duration.ofMillis(250)).forEach(this.unread::add);
		}
	}

	@Override
	public void close() {
		this.consumer.close();
	}
}
