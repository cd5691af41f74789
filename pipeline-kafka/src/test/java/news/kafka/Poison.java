package news.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import news.events.Topics;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * The records every consumer of the pipeline must dead-letter without stopping (issue 6), and a way to send one
 * ahead of a good record on the same partition, so a test can see that the good one is still processed.
 */
public enum Poison {

	MALFORMED_JSON("{\"schemaVersion\":1, \"article\": ", "Malformed"),

	UNKNOWN_SCHEMA_VERSION("{\"schemaVersion\": 99}", "schemaVersion 99 is not"),

	/** Valid JSON, but over the default event size limit (1 MB): refused unread. */
	OVERSIZED("{\"schemaVersion\":1,\"padding\":\"" + "x".repeat(1024 * 1024 + 1024) + "\"}",
			"over the event size limit of 1048576 bytes");

	/** The same partition for poison and good record: Kafka orders records within a partition only. */
	private static final int PARTITION = 0;

	private final String value;

	private final String reason;

	Poison(String value, String reason) {
		this.value = value;
		this.reason = reason;
	}

	/** Part of the exception message the dead-lettered copy must carry. */
	public String reason() {
		return this.reason;
	}

	/**
	 * Sends this poison under {@code poisonKey}, then the good record, to one partition of {@code topic}, and
	 * returns the poison's copy from the dead-letter topic after checking its reason header.
	 */
	public ConsumerRecord<String, String> sendBefore(KafkaTemplate<String, String> kafka, String topic,
			String poisonKey, String goodKey, String goodValue) throws InterruptedException, ExecutionException {
		kafka.send(new ProducerRecord<>(topic, PARTITION, poisonKey, this.value)).get();
		kafka.send(new ProducerRecord<>(topic, PARTITION, goodKey, goodValue)).get();
		try (var dlt = TopicReader.of(kafka, topic + Topics.DLT_SUFFIX)) {
			ConsumerRecord<String, String> dead = dlt.find(poisonKey, Duration.ofSeconds(60)).orElseThrow(
					() -> new AssertionError(name() + " on " + topic + " was not dead-lettered"));
			String message = header(dead, "kafka_dlt-exception-message");
			if (message == null || !message.contains(this.reason)) {
				throw new AssertionError("dead-letter reason '" + message + "' does not contain '" + this.reason + "'");
			}
			if (this == OVERSIZED) {
				checkTruncated(dead);
			}
			return dead;
		}
	}

	/** Too big to copy whole: cut to the limit, with the original size in a header. */
	private void checkTruncated(ConsumerRecord<String, String> dead) {
		String from = header(dead, TruncatingDeadLetterRecoverer.TRUNCATED_FROM);
		if (!String.valueOf(this.value.length()).equals(from) || dead.value().length() != 1024 * 1024
				|| !this.value.startsWith(dead.value())) {
			throw new AssertionError("oversized record not truncated to 1 MB with its original size: header " + from
					+ ", " + dead.value().length() + " characters");
		}
	}

	public static String header(ConsumerRecord<?, ?> record, String name) {
		var header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}
}
