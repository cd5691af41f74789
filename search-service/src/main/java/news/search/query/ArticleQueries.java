package news.search.query;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** The Elasticsearch queries and sorts behind {@link ArticleFilters}, shared by search and the stream. */
public final class ArticleQueries {

	/** The name of the matching figures in each hit's inner hits. */
	static final String MATCHING_FIGURES = "figures";

	/** More matching figures than anyone reads next to one article. */
	private static final int MAX_MATCHING_FIGURES = 20;

	private ArticleQueries() {
	}

	/**
	 * @param withMatchingFigures whether hits should carry the figures that met the figure filter (inner hits)
	 */
	public static Query matching(ArticleFilters filters, boolean withMatchingFigures) {
		return Query.of(q -> q.bool(b -> {
			text(b, filters);
			keywords(b, filters);
			published(b, filters);
			figures(b, filters.figures(), withMatchingFigures);
			return b;
		}));
	}

	static List<SortOptions> sort(ArticleQuery.Sort sort, ArticleQuery.Order order, FigureFilter figures) {
		SortOrder direction = order == ArticleQuery.Order.ASC ? SortOrder.Asc : SortOrder.Desc;
		SortOptions first = switch (sort) {
			case RELEVANCE -> SortOptions.of(s -> s.score(c -> c.order(SortOrder.Desc)));
			case DATE -> SortOptions.of(s -> s.field(f -> f.field("publishedAt").order(direction).missing("_last")));
			// The largest (or smallest) figure of each article that meets the figure filter.
			case FIGURE -> SortOptions.of(s -> s.field(f -> f.field("figures.value")
				.order(direction)
				.mode(direction == SortOrder.Desc ? co.elastic.clients.elasticsearch._types.SortMode.Max
						: co.elastic.clients.elasticsearch._types.SortMode.Min)
				.missing("_last")
				.nested(n -> {
					n.path("figures");
					return figures.isEmpty() ? n : n.filter(figure(figures));
				})));
		};
		// The id breaks ties, so the order is total and search_after pages never repeat or skip.
		return List.of(first, SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
	}

	/** simple_query_string never fails on odd input: a stray quote or bracket is read literally, not a 500. */
	private static void text(BoolQuery.Builder bool, ArticleFilters filters) {
		if (filters.hasText()) {
			bool.must(m -> m.simpleQueryString(q -> q.query(filters.text())
				.fields("title^3", "body")
				.defaultOperator(Operator.And)));
		}
	}

	private static void keywords(BoolQuery.Builder bool, ArticleFilters filters) {
		if (filters.countryMode() == ArticleFilters.Mode.ALL) {
			filters.countries().forEach(code -> bool.filter(f -> f.term(t -> t.field("countries").value(code))));
		}
		else {
			anyOf(bool, "countries", filters.countries());
		}
		anyOf(bool, "people", filters.people());
		anyOf(bool, "siteName", filters.sites());
		anyOf(bool, "language", filters.languages());
	}

	private static void anyOf(BoolQuery.Builder bool, String field, List<String> values) {
		if (!values.isEmpty()) {
			List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
			bool.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(terms))));
		}
	}

	private static void published(BoolQuery.Builder bool, ArticleFilters filters) {
		if (filters.from() != null || filters.to() != null) {
			bool.filter(f -> f.range(r -> r.date(d -> {
				d.field("publishedAt");
				if (filters.from() != null) {
					d.gte(filters.from().toString());
				}
				if (filters.to() != null) {
					d.lt(filters.to().toString());
				}
				return d;
			})));
		}
	}

	private static void figures(BoolQuery.Builder bool, FigureFilter figures, boolean withMatchingFigures) {
		if (figures.isEmpty()) {
			return;
		}
		bool.filter(f -> f.nested(n -> {
			n.path("figures").query(figure(figures));
			if (withMatchingFigures) {
				n.innerHits(i -> i.name(MATCHING_FIGURES)
					.size(MAX_MATCHING_FIGURES)
					.sort(s -> s.field(o -> o.field("figures.value").order(SortOrder.Desc))));
			}
			return n;
		}));
	}

	/** The conditions on one figure, inside the nested {@code figures} context. */
	static Query figure(FigureFilter figures) {
		return Query.of(q -> q.bool(b -> {
			if (figures.unit() != null) {
				b.filter(f -> f.term(t -> t.field("figures.unit").value(figures.unit())));
			}
			if (figures.kind() != null) {
				b.filter(f -> f.term(t -> t.field("figures.kind").value(figures.kind().name())));
			}
			if (figures.minValue() != null || figures.maxValue() != null) {
				b.filter(f -> f.range(r -> r.number(n -> {
					n.field("figures.value");
					if (figures.minValue() != null) {
						n.gte(figures.minValue());
					}
					if (figures.maxValue() != null) {
						n.lte(figures.maxValue());
					}
					return n;
				})));
			}
			return b;
		}));
	}
}
