package news.ingest.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Chooses between the full date in a page's URL and the publication date its metadata declares. The URL date is
 * written once, on the local day the article was created, and never changes; metadata dates are rewritten on
 * updates, and many CMSs give them in UTC, which moves an evening article in America or a morning one in Europe to
 * another day. So the URL day wins, except where the metadata names a local day a few days after it: the draft got
 * its URL before it was published.
 */
final class PublishedDateResolver {

	/** A draft's URL date and its publication lie at most this far apart; beyond it the metadata is an update. */
	private static final int MAX_DRAFT_DAYS = 7;

	private PublishedDateResolver() {
	}

	/**
	 * @param urlDate the URL's day (at midnight), or null
	 * @param declared the metadata's date, or null
	 * @param utcClock whether {@code declared} is a time given in UTC rather than in the page's local time
	 * @return true if the URL day is the publication day
	 */
	static boolean urlWins(OffsetDateTime urlDate, OffsetDateTime declared, boolean utcClock) {
		if (urlDate == null) {
			return false;
		}
		if (declared == null) {
			return true;
		}
		LocalDate url = urlDate.toLocalDate();
		LocalDate day = declared.toLocalDate();
		if (day.equals(url)) {
			return false;
		}
		if (utcClock && couldBeLocalDay(declared, url)) {
			return true;
		}
		long daysAfter = ChronoUnit.DAYS.between(url, day);
		return daysAfter < 0 || daysAfter > MAX_DRAFT_DAYS;
	}

	private static boolean couldBeLocalDay(OffsetDateTime utc, LocalDate day) {
		// A UTC time read as a local time anywhere on Earth (LocalClock's offsets).
		LocalDate westmost = utc.plus(LocalClock.WESTMOST).toLocalDate();
		LocalDate eastmost = utc.plus(LocalClock.EASTMOST).toLocalDate();
		return !day.isBefore(westmost) && !day.isAfter(eastmost);
	}

}
