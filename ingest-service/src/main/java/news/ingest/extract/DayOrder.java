package news.ingest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Which field comes first in a slashed date such as {@code 02/10/2020}, told by the page's declared language and
 * region: the United States and the Philippines write the month first, the rest of the English-speaking world and
 * the languages of Europe, Latin America, Africa and Russia the day. English without a region, Canadian English
 * (both orders in use) and languages that write the year first stay ambiguous, and such a date is left unread.
 */
enum DayOrder {

	DAY_FIRST, MONTH_FIRST, UNKNOWN;

	private static final Set<String> MONTH_FIRST_REGIONS = Set.of("us", "ph");

	/** Regions where both orders are common. */
	private static final Set<String> MIXED_REGIONS = Set.of("ca");

	/** Chinese, Japanese, Korean, Hungarian, Persian, Lithuanian: year first; a slashed d/m/y is foreign to them. */
	private static final Set<String> YEAR_FIRST_LANGUAGES = Set.of("zh", "ja", "ko", "hu", "fa", "lt");

	/** @param tag a language tag as in {@code <html lang>} ("en-GB", "de_DE", "fr"), or blank */
	static DayOrder of(String tag) {
		String[] parts = tag.trim().toLowerCase(Locale.ROOT).split("[-_]");
		String language = parts[0];
		String region = (parts.length > 1) ? parts[1] : "";
		if (language.length() < 2 || language.length() > 3 || YEAR_FIRST_LANGUAGES.contains(language)
				|| MIXED_REGIONS.contains(region)) {
			return UNKNOWN;
		}
		if (MONTH_FIRST_REGIONS.contains(region)) {
			return MONTH_FIRST;
		}
		return (language.equals("en") && region.isEmpty()) ? UNKNOWN : DAY_FIRST;
	}

}
