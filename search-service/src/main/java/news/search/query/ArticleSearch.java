package news.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import news.search.index.ArticleDocument;
import news.search.index.IndexProperties;

import org.springframework.stereotype.Service;

/** Runs article searches: one request gives hits, highlights and facet counts. */
@Service
public class ArticleSearch {

	/** Facets and the keyword fields they count. */
	private static final Map<String, String> FACETS = Map.of("countries", "countries", "people", "people");

	/** Enough values for a facet list a person can scan. */
	private static final int FACET_SIZE = 30;

	/** Long enough to show a figure in its sentence. */
	private static final int FRAGMENT_SIZE = 180;

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	ArticleSearch(ElasticsearchClient client, IndexProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	public SearchResult search(ArticleQuery query) {
		SearchResponse<ArticleDocument> response;
		try {
			response = this.client.search(request(query), ArticleDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable", ex);
		}
		List<SearchResult.Hit> hits = response.hits().hits().stream().map(hit -> {
			ArticleDocument doc = hit.source();
			return new SearchResult.Hit(doc.id(), doc.url(), doc.title(), doc.siteName(), doc.publishedAt(),
					doc.countries(), doc.people(), doc.figures(), hit.highlight());
		}).toList();
		Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
		FACETS.keySet().stream().sorted().forEach(name -> facets.put(name, counts(response.aggregations().get(name))));
		long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
		return new SearchResult(total, query.page(), query.size(), hits, facets);
	}

	public Optional<ArticleDocument> get(String id) {
		try {
			return Optional.ofNullable(
					this.client.get(g -> g.index(this.properties.articlesAlias()).id(id), ArticleDocument.class).source());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable", ex);
		}
	}

	private SearchRequest request(ArticleQuery query) {
		return SearchRequest.of(s -> {
			s.index(this.properties.articlesAlias())
				.query(q -> q.bool(b -> filters(text(b, query), query)))
				.from(query.page() * query.size())
				.size(query.size())
				.trackTotalHits(t -> t.enabled(true))
				.highlight(h -> h.preTags("<mark>")
					.postTags("</mark>")
					.fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))),
							NamedValue.of("body",
									HighlightField.of(f -> f.fragmentSize(FRAGMENT_SIZE).numberOfFragments(3)))));
			FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(FACET_SIZE))));
			if (query.sort() == ArticleQuery.Sort.DATE || !query.hasText()) {
				s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")));
			}
			return s;
		});
	}

	/** simple_query_string never fails on odd input: a stray quote or bracket is read literally, not a 500. */
	private static BoolQuery.Builder text(BoolQuery.Builder bool, ArticleQuery query) {
		if (query.hasText()) {
			bool.must(m -> m.simpleQueryString(q -> q.query(query.text())
				.fields("title^3", "body")
				.defaultOperator(Operator.And)));
		}
		return bool;
	}

	private static BoolQuery.Builder filters(BoolQuery.Builder bool, ArticleQuery query) {
		if (!query.countries().isEmpty()) {
			bool.filter(f -> f.terms(t -> t.field("countries").terms(v -> v.value(values(query.countries())))));
		}
		if (!query.people().isEmpty()) {
			bool.filter(f -> f.terms(t -> t.field("people").terms(v -> v.value(values(query.people())))));
		}
		if (query.from() != null || query.to() != null) {
			bool.filter(f -> f.range(r -> r.date(d -> {
				d.field("publishedAt");
				if (query.from() != null) {
					d.gte(query.from().toString());
				}
				if (query.to() != null) {
					d.lt(query.to().toString());
				}
				return d;
			})));
		}
		return bool;
	}

	private static List<FieldValue> values(List<String> values) {
		return values.stream().map(FieldValue::of).toList();
	}

	private static List<SearchResult.FacetCount> counts(Aggregate aggregate) {
		return aggregate.sterms()
			.buckets()
			.array()
			.stream()
			.map(b -> new SearchResult.FacetCount(b.key().stringValue(), b.docCount()))
			.toList();
	}
}
