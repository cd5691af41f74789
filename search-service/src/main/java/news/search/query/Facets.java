package news.search.query;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;

/** The aggregations of a search and how their results read as facets and a date histogram. */
final class Facets {

	/** Facets and the keyword fields they count, in the order the result lists them. */
	private static final Map<String, String> FIELDS = Map.of("countries", "countries", "people", "people", "sites",
			"siteName", "languages", "language");

	private static final String UNITS = "units";

	private static final String DATES = "published";

	/** Enough values for a facet list a person can scan. */
	private static final int FACET_SIZE = 30;

	private Facets() {
	}

	static Map<String, Aggregation> aggregations(ArticleQuery.Interval interval) {
		Map<String, Aggregation> aggregations = new LinkedHashMap<>();
		FIELDS.forEach((name, field) -> aggregations.put(name,
				Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_SIZE)))));
		// Figure units count articles (reverse_nested), not figures: "USD 12" means 12 articles state a USD sum.
		aggregations.put(UNITS, Aggregation.of(a -> a.nested(n -> n.path("figures"))
			.aggregations("unit", u -> u.terms(t -> t.field("figures.unit").size(FACET_SIZE))
				.aggregations("articles", r -> r.reverseNested(n -> n)))));
		aggregations.put(DATES, Aggregation.of(a -> a.dateHistogram(d -> d.field("publishedAt")
			.calendarInterval(calendar(interval))
			.minDocCount(1)
			.format("yyyy-MM-dd"))));
		return aggregations;
	}

	static Map<String, List<SearchResult.FacetCount>> counts(Map<String, Aggregate> aggregates) {
		Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
		FIELDS.keySet().stream().sorted().forEach(name -> facets.put(name, terms(aggregates.get(name))));
		facets.put(UNITS, aggregates.get(UNITS).nested().aggregations().get("unit").sterms().buckets().array().stream()
			.map(b -> new SearchResult.FacetCount(b.key().stringValue(),
					b.aggregations().get("articles").reverseNested().docCount()))
			.sorted((a, b) -> Long.compare(b.count(), a.count()))
			.toList());
		return facets;
	}

	static SearchResult.DateHistogram dates(Map<String, Aggregate> aggregates, ArticleQuery.Interval interval) {
		return new SearchResult.DateHistogram(interval.name().toLowerCase(Locale.ROOT),
				aggregates.get(DATES).dateHistogram().buckets().array().stream().map(b -> {
					LocalDate from = LocalDate.parse(b.keyAsString());
					return new SearchResult.DateBucket(from.toString(), next(from, interval).toString(), b.docCount());
				}).toList());
	}

	private static List<SearchResult.FacetCount> terms(Aggregate aggregate) {
		return aggregate.sterms().buckets().array().stream().map(Facets::count).toList();
	}

	private static SearchResult.FacetCount count(StringTermsBucket bucket) {
		return new SearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount());
	}

	private static CalendarInterval calendar(ArticleQuery.Interval interval) {
		return switch (interval) {
			case DAY -> CalendarInterval.Day;
			case WEEK -> CalendarInterval.Week;
			case MONTH -> CalendarInterval.Month;
			case QUARTER -> CalendarInterval.Quarter;
			case YEAR -> CalendarInterval.Year;
		};
	}

	private static LocalDate next(LocalDate from, ArticleQuery.Interval interval) {
		return switch (interval) {
			case DAY -> from.plusDays(1);
			case WEEK -> from.plusWeeks(1);
			case MONTH -> from.plusMonths(1);
			case QUARTER -> from.plus(1, IsoFields.QUARTER_YEARS);
			case YEAR -> from.plusYears(1);
		};
	}
}
