package news.kafka;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Dead-letters records keeping their key and headers, and cuts a value over the event size limit down to the
 * limit, saying so in {@value #TRUNCATED_FROM}: the dead-letter topic accepts no more than the topic it mirrors,
 * and a copy with its error headers could otherwise be refused by the broker and the record lost.
 */
class TruncatingDeadLetterRecoverer extends DeadLetterPublishingRecoverer {

	/** Header with the value's original size in bytes, present only when the value was cut. */
	static final String TRUNCATED_FROM = "news-dlt-value-truncated-from";

	private final int maxEventSize;

	TruncatingDeadLetterRecoverer(KafkaOperations<?, ?> template, PipelineKafkaProperties properties) {
		super(template);
		this.maxEventSize = Math.toIntExact(properties.maxEventSize().toBytes());
	}

	@Override
	protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
			TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
		ProducerRecord<Object, Object> copy = super.createProducerRecord(record, topicPartition, headers, key, value);
		if (record.serializedValueSize() <= this.maxEventSize || !(copy.value() instanceof String text)) {
			return copy;
		}
		headers.add(TRUNCATED_FROM,
				String.valueOf(record.serializedValueSize()).getBytes(StandardCharsets.UTF_8));
		return new ProducerRecord<>(copy.topic(), copy.partition(), copy.timestamp(), copy.key(),
				utf8Prefix(text, this.maxEventSize), headers);
	}

	/** The longest prefix of {@code text} whose UTF-8 form fits in {@code maxBytes}, never splitting a character. */
	static String utf8Prefix(String text, int maxBytes) {
		ByteBuffer out = ByteBuffer.allocate(maxBytes);
		StandardCharsets.UTF_8.newEncoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE)
			.encode(CharBuffer.wrap(text), out, true);
		return new String(out.array(), 0, out.position(), StandardCharsets.UTF_8);
	}
}
