package news.ingest.extract;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The page's local time of a publication moment stated in UTC. WordPress and other CMSs put the UTC time in JSON-LD
 * and OpenGraph ("2023-11-09T03:28:35Z") and the local one elsewhere (a {@code <time datetime>} with offset, or a
 * {@code sailthru.date} of "2023-11-08 22:28:35" without any); the day the page shows is the local one. A local
 * time is the same moment when it differs from the UTC time by a real-world offset (whole quarter hours from
 * −10 h to +14 h) with equal minutes and seconds, or, given with an offset, names the same instant.
 */
final class LocalClock {

	/** The real-world UTC offsets run from Hawaii (−10 h) to Kiribati (+14 h). */
	static final Duration WESTMOST = Duration.ofHours(-10);

	static final Duration EASTMOST = Duration.ofHours(14);

	private static final long OFFSET_STEP_SECONDS = 15 * 60;

	private LocalClock() {
	}

	static boolean isSameMoment(OffsetDateTime utc, OffsetDateTime other, PublishedDateParser.Clock clock) {
		if (clock == PublishedDateParser.Clock.OFFSET) {
			return other.toInstant().equals(utc.toInstant());
		}
		if (clock != PublishedDateParser.Clock.LOCAL) {
			return false;
		}
		// A local time without offset is parsed as if it were UTC: the difference is the page's offset.
		Duration offset = Duration.between(utc.toInstant(), other.toInstant());
		return !offset.isZero() && offset.getSeconds() % OFFSET_STEP_SECONDS == 0 && offset.compareTo(WESTMOST) >= 0
				&& offset.compareTo(EASTMOST) <= 0;
	}

	/** The UTC moment at the local offset the other date reveals. */
	static OffsetDateTime asLocal(OffsetDateTime utc, OffsetDateTime other, PublishedDateParser.Clock clock) {
		if (clock == PublishedDateParser.Clock.OFFSET) {
			return other;
		}
		int seconds = (int) Duration.between(utc.toInstant(), other.toInstant()).getSeconds();
		return utc.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(seconds));
	}

}
