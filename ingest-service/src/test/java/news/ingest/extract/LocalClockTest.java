package news.ingest.extract;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static news.ingest.extract.PublishedDateParser.Clock.LOCAL;
import static news.ingest.extract.PublishedDateParser.Clock.OFFSET;
import static org.assertj.core.api.Assertions.assertThat;

/** The page's local time of a moment stated in UTC. */
class LocalClockTest {

	private static final OffsetDateTime UTC = OffsetDateTime.parse("2023-11-09T03:28:35Z");

	@Test
	void aLocalTimeWithoutOffsetThatDiffersByWholeHoursIsTheSameMoment() {
		OffsetDateTime local = OffsetDateTime.parse("2023-11-08T22:28:35Z");

		assertThat(LocalClock.isSameMoment(UTC, local, LOCAL)).isTrue();
		assertThat(LocalClock.asLocal(UTC, local, LOCAL)).isEqualTo(OffsetDateTime.parse("2023-11-08T22:28:35-05:00"));
	}

	@Test
	void anotherMinuteOrAnOffsetNoPlaceUsesIsAnotherMoment() {
		assertThat(LocalClock.isSameMoment(UTC, OffsetDateTime.parse("2023-11-08T22:29:35Z"), LOCAL)).isFalse();
		assertThat(LocalClock.isSameMoment(UTC, OffsetDateTime.parse("2023-11-08T03:28:35Z"), LOCAL)).isFalse();
		assertThat(LocalClock.isSameMoment(UTC, UTC, LOCAL)).isFalse();
	}

	@Test
	void aTimeWithOffsetMustNameTheSameInstant() {
		OffsetDateTime local = OffsetDateTime.parse("2023-11-08T22:28:35-05:00");

		assertThat(LocalClock.isSameMoment(UTC, local, OFFSET)).isTrue();
		assertThat(LocalClock.asLocal(UTC, local, OFFSET)).isEqualTo(local);
		assertThat(LocalClock.isSameMoment(UTC, OffsetDateTime.parse("2023-11-08T23:55:28-05:00"), OFFSET)).isFalse();
	}

}
