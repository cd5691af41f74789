package news.kafka;

import java.time.Duration;
import java.time.Instant;
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

	/** The first record with this key, waiting at most {@code timeout}. */
	public Optional<ConsumerRecord<String, String>> find(String key, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(250))) {
				if (key.equals(record.key())) {
					return Optional.of(record);
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public void close() {
		this.consumer.close();
	}
}
