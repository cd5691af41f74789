package news.search.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import news.events.ArticleEnriched;
import news.events.CountryTag;
import news.events.Figure;
import news.events.PersonTag;

/**
 * An enriched article as stored in Elasticsearch: flat, with countries as codes and people as names so they
 * filter and facet as keywords, and figures as nested objects so value and unit match within one figure.
 * {@code indexedAt} is null for articles indexed before mapping v2.
 */
public record ArticleDocument(String id, String url, String canonicalUrl, String siteName, String title,
		List<String> authors, Instant publishedAt, String language, String body, Instant fetchedAt,
		Instant enrichedAt, String enrichmentVersion, List<String> countries, List<String> people,
		List<Figure> figures, Instant indexedAt) {

	/** @param indexedAt when search-service wrote it: the position of the article in {@code /api/stream} */
	public static ArticleDocument of(ArticleEnriched enriched, Instant indexedAt) {
		var article = enriched.article();
		return new ArticleDocument(article.id(), article.url(), article.canonicalUrl(), article.siteName(),
				article.title(), article.authors(), article.publishedAt(), article.language(), article.body(),
				article.fetchedAt(), enriched.enrichedAt(), enriched.enrichmentVersion(),
				enriched.countries().stream().map(CountryTag::code).toList(),
				enriched.people().stream().map(PersonTag::name).toList(), enriched.figures(), indexedAt);
	}

	/**
	 * The units of the article's figures, once each, stored beside the nested figures (mapping v3): the units
	 * facet counts articles with a plain terms aggregation, half the cost of a nested one, and one that
	 * Elasticsearch's random sampler accepts (it refuses nested ones). Derived, so written but never read back.
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public List<String> figureUnits() {
		return this.figures == null ? List.of()
				: this.figures.stream().map(Figure::unit).filter(Objects::nonNull).distinct().toList();
	}
}
