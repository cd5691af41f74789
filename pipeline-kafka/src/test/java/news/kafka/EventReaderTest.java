package news.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import news.events.ArticleSubmitted;
import news.events.EventJson;
import news.events.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventReaderTest {

	private final EventReader reader = new EventReader(new PipelineKafkaProperties(3, (short) 1, 2,
			Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), DataSize.ofBytes(200)));

	private final String json = EventJson.write(new ArticleSubmitted("id", "https://news.example/a", Instant.EPOCH));

	@Test
	void readsAnEventWithinTheLimit() {
		assertThat(this.reader.read(record(this.json, this.json.length()), ArticleSubmitted.class).id()).isEqualTo("id");
	}

	@Test
	void refusesAValueOverTheLimitWithoutParsingIt() {
		// Not even JSON: the size alone decides.
		assertThatThrownBy(() -> this.reader.read(record("x".repeat(201), 201), ArticleSubmitted.class))
			.isInstanceOf(InvalidEventException.class)
			.hasMessage("ArticleSubmitted of 201 bytes is over the event size limit of 200 bytes");
	}

	private static ConsumerRecord<String, String> record(String value, int size) {
		return new ConsumerRecord<>("topic", 0, 0, 0, TimestampType.CREATE_TIME, 2, size, "id", value,
				new RecordHeaders(), Optional.empty());
	}
}
