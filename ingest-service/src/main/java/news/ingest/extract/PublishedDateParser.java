package news.ingest.extract;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats pages use for publication times: ISO-8601 with or without offset or time, RFC 1123, and
 * written dates in the common European languages ("July 29, 2025", "29. Juli 2025", "29 juillet 2025",
 * "29.07.2025"). The result keeps the page's own offset, so its local date is the day the page states; times without
 * offset and dates without time are read as UTC. Dates later than the fetch (plus slack) or before the web are
 * rejected.
 */
final class PublishedDateParser {

	/** Pages in time zones ahead of the fetcher, and clocks that are a little off, publish "tomorrow". */
	private static final Duration FUTURE_SLACK = Duration.ofDays(1);

	/** Anything earlier is a placeholder (epoch, 0001-01-01) rather than a publication date. */
	private static final Instant EARLIEST_PLAUSIBLE = Instant.parse("1995-01-01T00:00:00Z");

	private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})"
			+ "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");

	private static final Pattern SLASHED_YMD = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");

	private static final Pattern DOTTED_DMY = Pattern
		.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?![\\d.])");

	/**
	 * d/m/yyyy or m/d/yyyy, also with spaced slashes or bars ("26 | 01 | 2022"): read when one of the two cannot
	 * be a month or both are equal, else by the page's {@link DayOrder}.
	 */
	private static final Pattern SLASHED_XXY = Pattern
		.compile("(?<![\\d/|])(\\d{1,2})(/| / | \\| )(\\d{1,2})\\2(\\d{4})(?![\\d/|])");

	/** Compact yyyymmdd, as in some URLs and meta tags. */
	private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})$");

	private static final String MONTH = "(" + String.join("|", DateWords.MONTH_NAMES) + ")\\.?";

	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
			"(?<!\\p{L})" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})(?!\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?"
			+ "(?:\\s+de)?\\s*" + MONTH + "(?:\\s+de)?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern YEAR_MONTH_DAY_CJK = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

	/** Java's {@code Date.toString()}, which some CMSs print into JSON-LD: "Tue Jul 30 09:35:14 CEST 2019". */
	private static final Pattern JAVA_DATE = Pattern
		.compile("^\\p{Alpha}{3} (\\p{Alpha}{3}) (\\d{1,2}) \\d{2}:\\d{2}:\\d{2} \\p{Alpha}{1,5}(?:[+-]\\d{2}:?\\d{2})? (\\d{4})$");

	Optional<OffsetDateTime> parse(String raw, Instant fetchedAt) {
		return parse(raw, fetchedAt, DayOrder.UNKNOWN);
	}

	/** @param order how the page writes slashed dates, which decides {@code 02/10/2020} */
	Optional<OffsetDateTime> parse(String raw, Instant fetchedAt, DayOrder order) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(parseAny(raw.trim(), order))
			.filter((date) -> !date.toInstant().isBefore(EARLIEST_PLAUSIBLE))
			.filter((date) -> fetchedAt == null || !date.toInstant().isAfter(fetchedAt.plus(FUTURE_SLACK)));
	}

	/** How precisely a date text places the moment, which decides whether its day is the page's local day. */
	enum Clock {

		/** A day without time, or a text that is no date. */
		DAY,
		/** A wall-clock time without offset: the page's local time. */
		LOCAL,
		/** A time with a non-zero offset: the local time and the instant. */
		OFFSET,
		/** A time in UTC ("Z", "+00:00", "GMT", epoch seconds): many CMSs convert to it, so its day may not be local. */
		UTC

	}

	static Clock clock(String raw) {
		String text = raw.trim();
		Matcher iso = ISO.matcher(text);
		if (iso.find()) {
			if (iso.group(4) == null) {
				return Clock.DAY;
			}
			if (iso.group(7) == null) {
				return Clock.LOCAL;
			}
			return offset(iso.group(7)).equals(ZoneOffset.UTC) ? Clock.UTC : Clock.OFFSET;
		}
		if (EPOCH.matcher(text).matches()) {
			return Clock.UTC;
		}
		OffsetDateTime rfc = rfc1123(text);
		if (rfc != null) {
			return rfc.getOffset().equals(ZoneOffset.UTC) ? Clock.UTC : Clock.OFFSET;
		}
		return Clock.DAY;
	}

	/**
	 * A UTC time written as such ("Z", "GMT", "UTC", epoch seconds): a system converted it, and readers see it at
	 * their local time. A "+00:00" is the page's own offset (a CMS set to UTC shows that day), not counted here.
	 */
	static boolean writtenAsUtc(String raw) {
		String text = raw.trim();
		if (EPOCH.matcher(text).matches()) {
			return true;
		}
		Matcher iso = ISO.matcher(text);
		if (iso.find()) {
			return iso.group(4) != null && iso.group(7) != null && !iso.group(7).startsWith("+")
					&& !iso.group(7).startsWith("-");
		}
		String upper = text.toUpperCase(Locale.ROOT);
		return rfc1123(text) != null && (upper.endsWith("GMT") || upper.endsWith("UT") || upper.endsWith("Z"));
	}

	private static OffsetDateTime parseAny(String text, DayOrder order) {
		try {
			Matcher iso = ISO.matcher(text);
			if (iso.find()) {
				return fromIso(iso);
			}
			if (EPOCH.matcher(text).matches()) {
				long value = Long.parseLong(text);
				Instant instant = (text.length() == 13) ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
				return instant.atOffset(ZoneOffset.UTC);
			}
			Matcher m = COMPACT.matcher(text);
			if (m.find()) {
				return date(m.group(1), m.group(2), m.group(3));
			}
			OffsetDateTime rfc = rfc1123(text);
			if (rfc != null) {
				return rfc;
			}
			m = JAVA_DATE.matcher(text);
			if (m.find()) {
				// The local day as written; the zone is a name ("CEST") more often ambiguous than not.
				return date(m.group(3), month(m.group(1)), m.group(2));
			}
			m = SLASHED_YMD.matcher(text);
			if (m.find()) {
				return date(m.group(1), m.group(2), m.group(3));
			}
			m = YEAR_MONTH_DAY_CJK.matcher(text);
			if (m.find()) {
				return date(m.group(1), m.group(2), m.group(3));
			}
			m = MONTH_DAY_YEAR.matcher(text);
			Matcher dmy = DAY_MONTH_YEAR.matcher(text);
			boolean mdyFound = m.find();
			boolean dmyFound = dmy.find();
			if (mdyFound && (!dmyFound || m.start() <= dmy.start())) {
				return date(m.group(3), month(m.group(1)), m.group(2));
			}
			if (dmyFound) {
				return date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
			}
			m = DOTTED_DMY.matcher(text);
			if (m.find()) {
				String year = (m.group(3).length() == 2) ? "20" + m.group(3) : m.group(3);
				return date(year, m.group(2), m.group(1));
			}
			m = SLASHED_XXY.matcher(text);
			if (m.find()) {
				LocalDate day = dayOfEitherOrder(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
						Integer.parseInt(m.group(4)), order);
				return (day != null) ? day.atStartOfDay().atOffset(ZoneOffset.UTC) : null;
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			// Out-of-range fields ("2019-13-45") mean this is not a date we can trust.
		}
		return null;
	}

	/**
	 * The day of a d/m or m/d date: the order is plain where one field cannot be a month or both are equal, else the
	 * page's {@link DayOrder} decides; null if it cannot.
	 * @throws DateTimeException if the fields name no day
	 */
	static LocalDate dayOfEitherOrder(int first, int second, int year, DayOrder order) {
		if (second > 12 && first <= 12 || first <= 12 && order == DayOrder.MONTH_FIRST) {
			return LocalDate.of(year, first, second);
		}
		if (second <= 12 && (first > 12 || first == second || order == DayOrder.DAY_FIRST)) {
			return LocalDate.of(year, second, first);
		}
		return null;
	}

	private static OffsetDateTime fromIso(Matcher m) {
		LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
				Integer.parseInt(m.group(3)));
		if (m.group(4) == null) {
			return day.atStartOfDay().atOffset(ZoneOffset.UTC);
		}
		int seconds = (m.group(6) != null) ? Integer.parseInt(m.group(6)) : 0;
		LocalDateTime time = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
		return OffsetDateTime.of(time, offset(m.group(7)));
	}

	private static ZoneOffset offset(String zone) {
		if (zone == null || zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC")
				|| zone.equalsIgnoreCase("GMT")) {
			return ZoneOffset.UTC;
		}
		String digits = zone.replace(":", "");
		int hours = Integer.parseInt(digits.substring(1, 3));
		int minutes = (digits.length() >= 5) ? Integer.parseInt(digits.substring(3, 5)) : 0;
		int sign = (digits.charAt(0) == '-') ? -1 : 1;
		return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
	}

	private static OffsetDateTime rfc1123(String text) {
		if (text.length() < 20 || !Character.isLetter(text.charAt(0)) || text.charAt(3) != ',') {
			return null;
		}
		try {
			return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String month(String name) {
		return String.valueOf(DateWords.month(name));
	}

	private static OffsetDateTime date(String year, String month, String day) {
		return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
			.atStartOfDay()
			.atOffset(ZoneOffset.UTC);
	}

}
