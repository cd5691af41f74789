package news.enrich.tag;

/**
 * Where the text names something the taggers report: one record per occurrence, with
 * character offsets into the tagged text (the title, two line breaks and the body when a
 * title is given, else the body). Internal to enrichment and its evaluation; the events
 * carry only {@link Tags}.
 *
 * @param kind what the words name
 * @param start offset of the first character
 * @param end offset after the last character
 * @param text the words as written
 * @param ref what they refer to: the country code, the person's reported name, or the
 * figure's unit
 */
public record Mention(Kind kind, int start, int end, String text, String ref) {

	public enum Kind {

		/** A country by name or alias ("Türkiye", "the U.S." without "the"). */
		COUNTRY,
		/** A country by demonym or adjective ("Kazakh"). */
		NATIONALITY,
		/** A place that is not a country: city, state, region, sea ({@code ref}: its country code or ""). */
		PLACE,
		/** A person's name, full or surname only. */
		PERSON,
		/** An amount of money with its currency and scale. */
		MONEY,
		/** Any other figure: count, percentage, measure, duration. */
		QUANTITY

	}

}
