package news.search.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import news.events.Figure;

/**
 * @param facets per facet name ("countries", "people"), values with their article counts, most frequent first
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets) {

	/** @param highlights per field ("title", "body"), fragments with matches wrapped in {@code <mark>} */
	public record Hit(String id, String url, String title, String siteName, Instant publishedAt,
			List<String> countries, List<String> people, List<Figure> figures, Map<String, List<String>> highlights) {
	}

	public record FacetCount(String value, long count) {
	}
}
