package news.search.query;

import java.time.Instant;
import java.util.List;

/**
 * What an article must match, shared by search and the stream.
 *
 * @param text free text in simple query syntax (phrases in quotes, -exclusion, | for or); blank for all
 * @param countries ISO codes; see {@code countryMode}
 * @param countryMode whether an article must be tagged with any or all of {@code countries}
 * @param people canonical names; an article matches when it names any of them
 * @param sites site names; any of them
 * @param languages ISO 639-1 codes; any of them
 * @param from published at or after; null for no bound
 * @param to published before; null for no bound
 * @param figures conditions one and the same figure of the article must meet; empty for none
 */
public record ArticleFilters(String text, List<String> countries, Mode countryMode, List<String> people,
		List<String> sites, List<String> languages, Instant from, Instant to, FigureFilter figures) {

	public ArticleFilters {
		countries = countries == null ? List.of() : List.copyOf(countries);
		countryMode = countryMode == null ? Mode.ANY : countryMode;
		people = people == null ? List.of() : List.copyOf(people);
		sites = sites == null ? List.of() : List.copyOf(sites);
		languages = languages == null ? List.of() : List.copyOf(languages);
		figures = figures == null ? FigureFilter.NONE : figures;
	}

	public static ArticleFilters text(String text) {
		return new ArticleFilters(text, null, null, null, null, null, null, null, null);
	}

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	public enum Mode {
		ANY, ALL
	}
}
