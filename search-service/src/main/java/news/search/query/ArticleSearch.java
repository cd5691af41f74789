package news.search.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseListener;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.util.NamedValue;
import news.search.index.ArticleDocument;
import news.search.index.IndexProperties;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

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
	 * A hit shows no article text, only highlights of it: asking for the hit's fields alone makes each response
	 * from Elasticsearch about 60 % smaller (25.5 → 10.2 KB for 10 hits of the benchmark corpus without the body)
	 * and saves search-service reading it.
	 */
	private static final SourceConfig HIT_SOURCE = SourceConfig
		.of(c -> c.filter(f -> f.includes(SearchResponses.HIT_FIELDS)));

	/** Terms taken from the liked article: enough to characterise a news story. */
	private static final int SIMILAR_QUERY_TERMS = 25;

	private final ElasticsearchClient client;

	private final Rest5Client lowLevel;

	private final Jackson3JsonpMapper mapper;

	private final SearchResponses responses;

	private final IndexProperties properties;

	private final FacetProperties facets;

	public ArticleSearch(ElasticsearchClient client, Rest5Client lowLevel, Jackson3JsonpMapper mapper,
			IndexProperties properties, FacetProperties facets) {
		this.client = client;
		this.lowLevel = lowLevel;
		this.mapper = mapper;
		this.responses = new SearchResponses(mapper);
		this.properties = properties;
		this.facets = facets;
	}

	/**
	 * Three requests, two at a time. The page of hits with its highlights goes out at once, and without counting its
	 * matches: an exact total would make Elasticsearch score every match of a broad query instead of skipping to
	 * the best ones (8–16 ms against 3–10 ms for one or two common words on the benchmark corpus). Meanwhile the
	 * matches are counted alone (about 1 ms: counting needs no scores), and, knowing how many there are, their facets:
	 * counted exactly, or from a random sample when the query is broad ({@link Facets}). Elasticsearch ignores
	 * {@code terminate_after} in a search with aggregations, so the facets cannot bound their own cost. A refresh
	 * between the requests can make the total count an article the page has not seen yet, as any later page could.
	 */
	public SearchResult search(ArticleQuery query) {
		ElasticsearchCall hitsCall = hitsCall(query);
		CompletableFuture<Response> page = sendAsync(hitsCall);
		long matches = send(countCall(query), SearchResponses.Search.class).total();
		boolean estimated = Facets.sampling(matches, this.facets.sampleSize()) < 1;
		JsonNode facets = facetsCall(query, matches)
			.map(call -> Facets.unsampled(send(call, SearchResponses.Search.class).aggregations()))
			.orElse(MissingNode.getInstance());
		SearchResponses.Search found = read(hitsCall, page, SearchResponses.Search.class);
		List<SearchResult.Hit> hits = found.found();
		String next = hits.size() < query.size() ? null
				: new SearchCursor(query.effectiveSort(), query.order(), found.lastSortValues()).token();
		return new SearchResult(matches, query.page(), query.size(), hits, Facets.counts(facets), next,
				Facets.dates(facets, query.interval()), estimated);
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
		SearchRequestBody request = SearchRequestBody.of(s -> s.size(size)
			.source(HIT_SOURCE)
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
		return Optional.of(searchHits(request));
	}

	/**
	 * Matching articles indexed at or after {@code since}, in indexing order (then by id), starting after
	 * {@code after} when given ({@code [indexedAt millis, id]} of the last one seen).
	 */
	public List<SearchResult.Hit> indexedSince(ArticleFilters filters, Instant since, List<FieldValue> after,
			int size) {
		SearchRequestBody request = SearchRequestBody.of(s -> {
			s.size(size)
				.source(HIT_SOURCE)
				.query(q -> q.bool(b -> b.filter(ArticleQueries.matching(filters, true))
					.filter(f -> f.range(r -> r.date(d -> d.field("indexedAt").gte(since.toString()))))))
				.sort(o -> o.field(f -> f.field("indexedAt").order(SortOrder.Asc)))
				.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
			return after == null ? s : s.searchAfter(after);
		});
		return searchHits(request);
	}

	/**
	 * The page of hits behind {@link #search}, with their highlights, and no total. {@code ./news bench-search} sends
	 * it beside {@link #countCall}, then {@link #facetsCall}, straight to Elasticsearch.
	 */
	public ElasticsearchCall hitsCall(ArticleQuery query) {
		return searchCall(hits(query));
	}

	/**
	 * The number of matches of {@link #search}'s query, counted alone; the request asks for no hits, so
	 * Elasticsearch's shard request cache answers it again for the next page until the index changes.
	 */
	public ElasticsearchCall countCall(ArticleQuery query) {
		return searchCall(SearchRequestBody.of(s -> s.query(ArticleQueries.matching(query.filters(), false))
			.size(0)
			.trackTotalHits(t -> t.enabled(true))));
	}

	/**
	 * The facets and the date histogram of a query matching {@code matches} articles, from a sample when there are
	 * many ({@link Facets#sampling}); none when nothing matches. The request asks for no hits, which lets
	 * Elasticsearch's shard request cache answer it again (the next page of the same query) until the index changes.
	 */
	public Optional<ElasticsearchCall> facetsCall(ArticleQuery query, long matches) {
		if (matches == 0) {
			return Optional.empty();
		}
		SearchRequestBody body = SearchRequestBody.of(s -> s.query(ArticleQueries.matching(query.filters(), false))
			.size(0)
			.trackTotalHits(t -> t.enabled(false))
			.aggregations(Facets.aggregations(query.interval(), Facets.sampling(matches, this.facets.sampleSize()))));
		return Optional.of(searchCall(body));
	}

	private SearchRequestBody hits(ArticleQuery query) {
		ArticleQuery.Sort sort = query.effectiveSort();
		return SearchRequestBody.of(s -> {
			s.query(ArticleQueries.matching(query.filters(), true))
				.source(HIT_SOURCE)
				.size(query.size())
				.trackTotalHits(t -> t.enabled(false))
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
	 * Sends a call with the typed client's own low-level client (same connections, same settings) and binds the
	 * answer to {@code type} ({@link SearchResponses} says why).
	 */
	private <T> T send(ElasticsearchCall call, Class<T> type) {
		return read(call, sendAsync(call), type);
	}

	private CompletableFuture<Response> sendAsync(ElasticsearchCall call) {
		Request request = new Request("POST", call.path());
		request.setEntity(new StringEntity(call.body(), ContentType.APPLICATION_JSON));
		CompletableFuture<Response> answer = new CompletableFuture<>();
		this.lowLevel.performRequestAsync(request, new ResponseListener() {
			@Override
			public void onSuccess(Response response) {
				answer.complete(response);
			}

			@Override
			public void onFailure(Exception ex) {
				answer.completeExceptionally(ex);
			}
		});
		return answer;
	}

	/**
	 * Waits for the answer to {@code call} and binds it on the caller's thread: the client's I/O thread only moves
	 * bytes.
	 */
	private <T> T read(ElasticsearchCall call, CompletableFuture<Response> answer, Class<T> type) {
		Response response;
		try {
			response = answer.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof ResponseException refused) {
				throw this.responses.failure(call.path(), errorBody(refused.getResponse()));
			}
			if (ex.getCause() instanceof IOException unreachable) {
				throw new UncheckedIOException("Elasticsearch unreachable", unreachable);
			}
			throw ex;
		}
		// The low-level client returns some refusals (a 400 "all shards failed" here) as a response instead of
		// throwing: read as a search, such an answer would look like one that found nothing.
		if (response.getStatusCode() >= 300) {
			throw this.responses.failure(call.path(), errorBody(response));
		}
		try (InputStream body = response.getEntity().getContent()) {
			return this.mapper.objectMapper().readValue(body, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch's answer unreadable", ex);
		}
	}

	private JsonNode errorBody(Response response) {
		try (InputStream body = response.getEntity().getContent()) {
			return this.mapper.objectMapper().readTree(body);
		}
		catch (IOException | RuntimeException unreadable) {
			throw new UncheckedIOException(
					new IOException("Elasticsearch answered " + response.getStatusCode(), unreadable));
		}
	}

	private ElasticsearchCall searchCall(SearchRequestBody body) {
		return new ElasticsearchCall("/" + this.properties.articlesAlias() + "/_search",
				JsonpUtils.toJsonString(body, this.mapper));
	}

	private List<SearchResult.Hit> searchHits(SearchRequestBody request) {
		return send(searchCall(request), SearchResponses.Search.class).found();
	}

	private GetResponse<ArticleDocument> fetch(String id) {
		try {
			return this.client.get(g -> g.index(this.properties.articlesAlias()).id(id), ArticleDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable", ex);
		}
	}

	private static List<FieldValue> values(List<String> values) {
		return values.stream().map(FieldValue::of).toList();
	}
}
