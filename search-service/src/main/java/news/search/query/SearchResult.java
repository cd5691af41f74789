package news.search.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import news.events.Figure;

/**
 * @param facets per facet name ("countries", "people", "sites", "languages", "units"), values with their
 * article counts, most frequent first
 * @param next a cursor for the page after this one ({@code cursor=…}); null when this page is not full
 * @param dates articles per calendar interval of publication, oldest first, empty intervals left out
 * @param facetsEstimated whether the facet counts and the date histogram are estimates from a random sample of
 * the matches (queries matching more than twice {@code news.search.facets.sample-size} articles, 20,000 by
 * default), scaled up to all of them; {@code total} is always exact
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets,
		String next, DateHistogram dates, boolean facetsEstimated) {

	/**
	 * @param highlights per field ("title", "body"), fragments with matches wrapped in {@code <mark>}
	 * @param matchingFigures with a figure filter, the article's figures that meet it, largest first; else null
	 * @param indexedAt when search-service indexed it (null for articles indexed before mapping v2)
	 */
	public record Hit(String id, String url, String title, String siteName, Instant publishedAt,
			List<String> countries, List<String> people, List<Figure> figures, Map<String, List<String>> highlights,
			String language, List<Figure> matchingFigures, Instant indexedAt) {

		/** This hit, as read from the stored article, with what the search found in it. */
		Hit found(Map<String, List<String>> foundHighlights, List<Figure> foundFigures) {
			return new Hit(this.id, this.url, this.title, this.siteName, this.publishedAt, this.countries, this.people,
					this.figures, foundHighlights, this.language, foundFigures, this.indexedAt);
		}
	}

	public record FacetCount(String value, long count) {
	}

	/** @param interval day, week, month, quarter or year */
	public record DateHistogram(String interval, List<DateBucket> buckets) {
	}

	/** @param from first day of the interval; @param to first day after it (the API's {@code to} is exclusive) */
	public record DateBucket(String from, String to, long count) {
	}
}
