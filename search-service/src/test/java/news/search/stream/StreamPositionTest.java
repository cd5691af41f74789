package news.search.stream;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StreamPositionTest {

	@Test
	void eventIdIsMillisAndArticleIdAndReadsBack() {
		StreamPosition position = StreamPosition.of(Instant.parse("2025-07-29T14:00:02.123456Z"), "0a1b2c");
		assertThat(position.eventId()).isEqualTo("1753797602123-0a1b2c");
		assertThat(StreamPosition.parse(position.eventId())).isEqualTo(position);
	}

	@Test
	void otherEventIdsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> StreamPosition.parse("yesterday"));
		assertThatIllegalArgumentException().isThrownBy(() -> StreamPosition.parse("-abc"));
		assertThatIllegalArgumentException().isThrownBy(() -> StreamPosition.parse("123-"));
	}
}
