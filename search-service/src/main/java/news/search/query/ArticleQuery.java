package news.search.query;

import java.time.Instant;
import java.util.List;

/**
 * A search as the API takes it.
 *
 * @param text free text in simple query syntax (phrases in quotes, -exclusion, | for or); blank for all
 * @param countries ISO codes; an article matches when it is tagged with any of them
 * @param people canonical names; an article matches when it names any of them
 * @param from published at or after; null for no bound
 * @param to published before; null for no bound
 * @param page zero-based page number
 */
public record ArticleQuery(String text, List<String> countries, List<String> people, Instant from, Instant to,
		Sort sort, int page, int size) {

	public ArticleQuery {
		countries = countries == null ? List.of() : List.copyOf(countries);
		people = people == null ? List.of() : List.copyOf(people);
	}

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	public enum Sort {
		RELEVANCE, DATE
	}
}
