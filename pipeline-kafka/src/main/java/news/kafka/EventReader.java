package news.kafka;

import news.events.EventJson;
import news.events.InvalidEventException;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a listener's record as an event, refusing a value over the event size limit before parsing it: an
 * oversized record is invalid, never retried, and goes to the dead-letter topic with the reason.
 */
public class EventReader {

	private final long maxEventSize;

	public EventReader(PipelineKafkaProperties properties) {
		this.maxEventSize = properties.maxEventSize().toBytes();
	}

	public <T> T read(ConsumerRecord<?, String> record, Class<T> type) {
		if (record.serializedValueSize() > this.maxEventSize) {
			throw new InvalidEventException(type.getSimpleName() + " of " + record.serializedValueSize()
					+ " bytes is over the event size limit of " + this.maxEventSize + " bytes");
		}
		return EventJson.read(record.value(), type);
	}
}
