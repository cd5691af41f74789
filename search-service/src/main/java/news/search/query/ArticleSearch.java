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
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
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
	 * One round trip to Elasticsearch for most queries: the hits with their highlights and exact total, and beside
	 * them the facets of the first matches, which are all of them unless the query matches more than the facets
	 * count exactly ({@link Facets}); such a broad query then gets its facets again, from a sample.
	 */
	public SearchResult search(ArticleQuery query) {
		List<MultiSearchResponseItem<ArticleDocument>> answers = msearch(firstRequest(query)).responses();
		MultiSearchItem<ArticleDocument> found = result(answers.get(0));
		List<Hit<ArticleDocument>> raw = found.hits().hits();
		List<SearchResult.Hit> hits = raw.stream().map(ArticleSearch::hit).toList();
		String next = raw.size() < query.size() ? null
				: new SearchCursor(query.effectiveSort(), query.order(), raw.get(raw.size() - 1).sort()).token();
		long total = found.hits().total() == null ? hits.size() : found.hits().total().value();
		Optional<SearchRequest> sampled = sampledFacetsRequest(query, total);
		Map<String, Aggregate> facets = sampled.isPresent()
				? Facets.unsampled(execute(sampled.get()).aggregations(), this.client._jsonpMapper())
				: result(answers.get(1)).aggregations();
		return new SearchResult(total, query.page(), query.size(), hits, Facets.counts(facets), next,
				Facets.dates(facets, query.interval()), sampled.isPresent());
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
	 * The first Elasticsearch request behind {@link #search}, two searches run side by side: the page of hits with
	 * their highlights and the exact total, and the facets of the first {@link Facets#exactLimit} matches (it
	 * asks for no hits, which lets Elasticsearch's shard request cache answer it again until the index changes).
	 * {@code ./news bench-search} sends it, and when needed {@link #sampledFacetsRequest}, straight to
	 * Elasticsearch.
	 */
	public MsearchRequest firstRequest(ArticleQuery query) {
		return MsearchRequest.of(m -> m.index(this.properties.articlesAlias())
			.searches(s -> s.header(h -> h).body(hits(query)))
			.searches(s -> s.header(h -> h)
				.body(b -> b.query(ArticleQueries.matching(query.filters(), false))
					.size(0)
					.trackTotalHits(t -> t.enabled(false))
					.terminateAfter(Facets.exactLimit(this.facets.sampleSize()))
					.aggregations(Facets.aggregations(query.interval(), 1)))));
	}

	/**
	 * The facets and the date histogram, from a sample, of a query matching {@code matches} articles: empty when
	 * those of {@link #firstRequest} counted every match.
	 */
	public Optional<SearchRequest> sampledFacetsRequest(ArticleQuery query, long matches) {
		double sampling = Facets.sampling(matches, this.facets.sampleSize());
		if (sampling == 1) {
			return Optional.empty();
		}
		return Optional.of(SearchRequest.of(s -> s.index(this.properties.articlesAlias())
			.query(ArticleQueries.matching(query.filters(), false))
			.size(0)
			.trackTotalHits(t -> t.enabled(false))
			.aggregations(Facets.aggregations(query.interval(), sampling))));
	}

	private SearchRequestBody hits(ArticleQuery query) {
		ArticleQuery.Sort sort = query.effectiveSort();
		return SearchRequestBody.of(s -> {
			s.query(ArticleQueries.matching(query.filters(), true))
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

	private MsearchResponse<ArticleDocument> msearch(MsearchRequest request) {
		try {
			return this.client.msearch(request, ArticleDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable", ex);
		}
	}

	/** A search of a multi-search, or the error Elasticsearch answered for it (as a single search would throw). */
	private static MultiSearchItem<ArticleDocument> result(MultiSearchResponseItem<ArticleDocument> item) {
		if (item.isFailure()) {
			throw new ElasticsearchException("msearch", item.failure());
		}
		return item.result();
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
