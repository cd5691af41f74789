package news.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.util.NamedValue;
import news.events.Figure;
import news.search.index.ArticleDocument;
import news.search.index.IndexProperties;

import org.springframework.stereotype.Service;

/**
 * Runs article searches: hits, highlights, matching figures, facet counts and the date histogram; also an
 * article by id, articles like it and articles indexed since a moment.
 */
@Service
public class ArticleSearch {

	/** Long enough to show a figure in its sentence. */
	private static final int FRAGMENT_SIZE = 180;

	/**
	 * A hit shows no article text, only highlights of it: leaving the body out of {@code _source} makes each
	 * response from Elasticsearch about 60 % smaller (25.5 → 10.2 KB for 10 hits of the benchmark corpus) and
	 * saves search-service parsing it.
	 */
	private static final String UNUSED_SOURCE = "body";

	/** Terms taken from the liked article: enough to characterise a news story. */
	private static final int SIMILAR_QUERY_TERMS = 25;

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	private final FacetProperties facets;

	public ArticleSearch(ElasticsearchClient client, IndexProperties properties, FacetProperties facets) {
		this.client = client;
		this.properties = properties;
		this.facets = facets;
	}

	/**
	 * Two requests: hits with their highlights and the exact total first, then the facets, which need that total to
	 * know whether to count every match or a sample ({@link Facets}).
	 */
	public SearchResult search(ArticleQuery query) {
		SearchResponse<ArticleDocument> response = execute(hitsRequest(query));
		List<Hit<ArticleDocument>> raw = response.hits().hits();
		List<SearchResult.Hit> hits = raw.stream().map(ArticleSearch::hit).toList();
		String next = raw.size() < query.size() ? null
				: new SearchCursor(query.effectiveSort(), query.order(), raw.get(raw.size() - 1).sort()).token();
		long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
		Map<String, Aggregate> facets = Facets.unsampled(execute(facetsRequest(query, total)).aggregations(),
				this.client._jsonpMapper());
		return new SearchResult(total, query.page(), query.size(), hits, Facets.counts(facets), next,
				Facets.dates(facets, query.interval()), sampling(total) < 1);
	}

	public Optional<ArticleDocument> get(String id) {
		return Optional.ofNullable(fetch(id).source());
	}

	/** Articles like this one in title and body, those sharing its countries and people first; empty if unknown. */
	public Optional<List<SearchResult.Hit>> similar(String id, int size) {
		GetResponse<ArticleDocument> liked = fetch(id);
		if (!liked.found() || liked.source() == null) {
			return Optional.empty();
		}
		ArticleDocument doc = liked.source();
		SearchRequest request = SearchRequest.of(s -> s.index(this.properties.articlesAlias())
			.size(size)
			.query(q -> q.bool(b -> {
				b.must(m -> m.moreLikeThis(l -> l.fields("title", "body")
					.like(k -> k.document(d -> d.index(liked.index()).id(id)))
					.minTermFreq(1)
					.minDocFreq(1)
					.maxQueryTerms(SIMILAR_QUERY_TERMS)));
				if (!doc.countries().isEmpty()) {
					b.should(o -> o.terms(t -> t.field("countries").terms(v -> v.value(values(doc.countries())))));
				}
				if (!doc.people().isEmpty()) {
					b.should(o -> o.terms(t -> t.field("people").terms(v -> v.value(values(doc.people())))));
				}
				return b;
			})));
		return Optional.of(execute(request).hits().hits().stream().map(ArticleSearch::hit).toList());
	}

	/**
	 * Matching articles indexed at or after {@code since}, in indexing order (then by id), starting after
	 * {@code after} when given ({@code [indexedAt millis, id]} of the last one seen).
	 */
	public List<SearchResult.Hit> indexedSince(ArticleFilters filters, Instant since, List<FieldValue> after,
			int size) {
		SearchRequest request = SearchRequest.of(s -> {
			s.index(this.properties.articlesAlias())
				.size(size)
				.query(q -> q.bool(b -> b.filter(ArticleQueries.matching(filters, true))
					.filter(f -> f.range(r -> r.date(d -> d.field("indexedAt").gte(since.toString()))))))
				.sort(o -> o.field(f -> f.field("indexedAt").order(SortOrder.Asc)))
				.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
			return after == null ? s : s.searchAfter(after);
		});
		return execute(request).hits().hits().stream().map(ArticleSearch::hit).toList();
	}

	/**
	 * The first Elasticsearch request behind {@link #search}: the page of hits, their highlights and the exact
	 * total. {@code ./news bench-search} sends it, and then {@link #facetsRequest}, straight to Elasticsearch.
	 */
	public SearchRequest hitsRequest(ArticleQuery query) {
		ArticleQuery.Sort sort = query.effectiveSort();
		return SearchRequest.of(s -> {
			s.index(this.properties.articlesAlias())
				.query(ArticleQueries.matching(query.filters(), true))
				.source(src -> src.filter(f -> f.excludes(UNUSED_SOURCE)))
				.size(query.size())
				.trackTotalHits(t -> t.enabled(true))
				.sort(ArticleQueries.sort(sort, query.order(), query.filters().figures()))
				// The html encoder escapes the article text, so only the <mark> tags are markup: safe to show as HTML.
				.highlight(h -> h.encoder(HighlighterEncoder.Html)
					.preTags("<mark>")
					.postTags("</mark>")
					.fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))),
							NamedValue.of("body",
									HighlightField.of(f -> f.fragmentSize(FRAGMENT_SIZE).numberOfFragments(3)))));
			// search_after takes no offset: with a cursor the API insists on page 0.
			return query.cursor() != null ? s.searchAfter(query.cursor().values())
					: s.from(query.page() * query.size());
		});
	}

	/**
	 * The second request: facets and the date histogram of a query that matches {@code matches} articles. It asks
	 * for no hits, which also lets Elasticsearch's shard request cache answer it again until the index changes.
	 */
	public SearchRequest facetsRequest(ArticleQuery query, long matches) {
		return SearchRequest.of(s -> s.index(this.properties.articlesAlias())
			.query(ArticleQueries.matching(query.filters(), false))
			.size(0)
			.trackTotalHits(t -> t.enabled(false))
			.aggregations(Facets.aggregations(query.interval(), sampling(matches))));
	}

	private double sampling(long matches) {
		return Facets.sampling(matches, this.facets.sampleSize());
	}

	private SearchResponse<ArticleDocument> execute(SearchRequest request) {
		try {
			return this.client.search(request, ArticleDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable", ex);
		}
	}

	private GetResponse<ArticleDocument> fetch(String id) {
		try {
			return this.client.get(g -> g.index(this.properties.articlesAlias()).id(id), ArticleDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable", ex);
		}
	}

	private static SearchResult.Hit hit(Hit<ArticleDocument> hit) {
		InnerHitsResult inner = hit.innerHits().get(ArticleQueries.MATCHING_FIGURES);
		List<Figure> matching = inner == null ? null
				: inner.hits().hits().stream().map(h -> h.source().to(Figure.class)).toList();
		Map<String, List<String>> highlights = hit.highlight();
		return SearchResult.Hit.of(hit.source(), highlights, matching);
	}

	private static List<FieldValue> values(List<String> values) {
		return values.stream().map(FieldValue::of).toList();
	}
}
