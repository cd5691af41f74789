package news.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the broker knows about the pipeline's progress: consumer lag, and the dead-letter topics. */
final class KafkaProbe implements AutoCloseable {

	private static final String DLT_SUFFIX = "-dlt";

	private final String bootstrap;

	private final Admin admin;

	KafkaProbe(String bootstrap) {
		this.bootstrap = bootstrap;
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
	}

	/**
	 * Records not yet committed by their consumer group, over every group and every partition of the topics the
	 * group has committed on (a partition it never committed on counts whole).
	 */
	long lag() throws ExecutionException, InterruptedException {
		long lag = 0;
		for (var group : this.admin.listGroups().all().get()) {
			Map<TopicPartition, OffsetAndMetadata> committed = this.admin
				.listConsumerGroupOffsets(group.groupId())
				.partitionsToOffsetAndMetadata()
				.get();
			Set<String> topics = committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
			for (var end : endOffsets(topics).entrySet()) {
				OffsetAndMetadata offset = committed.get(end.getKey());
				lag += end.getValue() - (offset == null ? 0 : offset.offset());
			}
		}
		return lag;
	}

	/** Records on each dead-letter topic that has any. */
	Map<String, Long> deadLetterCounts() throws ExecutionException, InterruptedException {
		Set<String> topics = this.admin.listTopics().names().get().stream()
			.filter(topic -> topic.endsWith(DLT_SUFFIX))
			.collect(Collectors.toSet());
		Map<String, Long> counts = new HashMap<>();
		endOffsets(topics).forEach((partition, end) -> counts.merge(partition.topic(), end, Long::sum));
		counts.values().removeIf(count -> count == 0);
		return counts;
	}

	/** Key and exception message of up to {@code max} records of a dead-letter topic, to explain them. */
	List<String> deadLetters(String topic, int max) {
		try (var consumer = new KafkaConsumer<String, String>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				this.bootstrap, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
			var partitions = consumer.partitionsFor(topic).stream()
				.map(p -> new TopicPartition(topic, p.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			List<String> found = new ArrayList<>();
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(10))) {
				if (found.size() < max) {
					Header message = record.headers().lastHeader("kafka_dlt-exception-message");
					found.add(record.key() + ": " + (message == null ? "?" : new String(message.value())));
				}
			}
			return found;
		}
	}

	private Map<TopicPartition, Long> endOffsets(Set<String> topics) throws ExecutionException, InterruptedException {
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		for (var description : this.admin.describeTopics(topics).allTopicNames().get().values()) {
			description.partitions()
				.forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
		}
		Map<TopicPartition, Long> ends = new HashMap<>();
		for (Map.Entry<TopicPartition, ListOffsetsResultInfo> e : this.admin.listOffsets(latest).all().get().entrySet()) {
			ends.put(e.getKey(), e.getValue().offset());
		}
		return ends;
	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(5));
	}
}
