package news.events;

/**
 * A country the article refers to.
 *
 * @param code ISO 3166-1 alpha-2 code
 * @param name English short name
 * @param mentions how often the text names it (by name, alias or demonym)
 * @param about whether the article is about it, not just mentioning it: named in the headline or lead, or
 * carrying a large share of the country mentions
 */
public record CountryTag(String code, String name, int mentions, boolean about) {

	/** A country merely mentioned. */
	public CountryTag(String code, String name, int mentions) {
		this(code, name, mentions, false);
	}
}
