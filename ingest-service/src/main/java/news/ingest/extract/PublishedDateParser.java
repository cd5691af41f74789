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
 * written dates ("July 29, 2025", "29 Jul 2025", "29.07.2025"). Times without offset are read as UTC, dates
 * without time as midnight UTC. Dates later than the fetch (plus slack) or before the web are rejected.
 */
final class PublishedDateParser {

	/** Pages in time zones ahead of the fetcher, and clocks that are a little off, publish "tomorrow". */
	private static final Duration FUTURE_SLACK = Duration.ofDays(1);

	/** Anything earlier is a placeholder (epoch, 0001-01-01) rather than a publication date. */
	private static final Instant EARLIEST_PLAUSIBLE = Instant.parse("1995-01-01T00:00:00Z");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"
			+ "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");

	private static final Pattern SLASHED_YMD = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");

	private static final Pattern DOTTED_DMY = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");

	private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

	private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

	Optional<Instant> parse(String raw, Instant fetchedAt) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(parseAny(raw.trim()))
			.filter((instant) -> !instant.isBefore(EARLIEST_PLAUSIBLE))
			.filter((instant) -> fetchedAt == null || !instant.isAfter(fetchedAt.plus(FUTURE_SLACK)));
	}

	private static Instant parseAny(String text) {
		try {
			Matcher iso = ISO.matcher(text);
			if (iso.find()) {
				return fromIso(iso);
			}
			if (EPOCH.matcher(text).matches()) {
				long value = Long.parseLong(text);
				return (text.length() == 13) ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
			}
			Instant rfc = rfc1123(text);
			if (rfc != null) {
				return rfc;
			}
			Matcher m = SLASHED_YMD.matcher(text);
			if (m.find()) {
				return date(m.group(1), m.group(2), m.group(3));
			}
			m = MONTH_DAY_YEAR.matcher(text);
			if (m.find()) {
				return date(m.group(3), month(m.group(1)), m.group(2));
			}
			m = DAY_MONTH_YEAR.matcher(text);
			if (m.find()) {
				return date(m.group(3), month(m.group(2)), m.group(1));
			}
			m = DOTTED_DMY.matcher(text);
			if (m.find()) {
				return date(m.group(3), m.group(2), m.group(1));
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			// Out-of-range fields ("2019-13-45") mean this is not a date we can trust.
		}
		return null;
	}

	private static Instant fromIso(Matcher m) {
		LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
				Integer.parseInt(m.group(3)));
		if (m.group(4) == null) {
			return day.atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		int seconds = (m.group(6) != null) ? Integer.parseInt(m.group(6)) : 0;
		LocalDateTime time = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
		return OffsetDateTime.of(time, offset(m.group(7))).toInstant();
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

	private static Instant rfc1123(String text) {
		if (text.length() < 20 || !Character.isLetter(text.charAt(0)) || text.charAt(3) != ',') {
			return null;
		}
		try {
			return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String month(String name) {
		return String.valueOf(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1);
	}

	private static Instant date(String year, String month, String day) {
		return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
	}

}
