package news.search.query;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import tools.jackson.databind.JsonNode;

/**
 * The aggregations of a search and how their results read as facets and a date histogram. They count every
 * matching article, or, when a query matches more than twice {@link FacetProperties#sampleSize()} articles, a
 * random sample of about that many, scaled up: exact counts over all of them would cost in proportion to the
 * matches (≈ 20 ms for 90,000 on the benchmark machine), and the tail of the search latency is made of such queries.
 */
final class Facets {

	/**
	 * Facets and the keyword fields they count, in the order the result lists them. Figure units are counted on
	 * the article's {@code figureUnits}, so "USD 12" means 12 articles state a USD sum.
	 */
	private static final Map<String, String> FIELDS = Map.of("countries", "countries", "people", "people", "sites",
			"siteName", "languages", "language", "units", "figureUnits");

	private static final String DATES = "published";

	private static final String SAMPLE = "sample";

	/**
	 * A fixed seed picks the same sample for the same query while the index's segments stay the same: counts do not
	 * jump between pages (a merge or new articles may move them, as they move the exact counts).
	 */
	private static final int SEED = 42;

	/** Elasticsearch's random sampler takes probabilities up to 0.5 (or exactly 1). */
	private static final double MAX_SAMPLED_PROBABILITY = 0.5;

	/** Enough values for a facet list a person can scan. */
	private static final int FACET_SIZE = 30;

	private Facets() {
	}

	/** Up to how many matches the facets count exactly: twice the sample size. */
	static long exactLimit(int sampleSize) {
		return (long) (sampleSize / MAX_SAMPLED_PROBABILITY);
	}

	/**
	 * The share of the matching articles the facets count: 1 (all of them) up to {@link #exactLimit}, else about
	 * {@code sampleSize} of them.
	 */
	static double sampling(long matches, int sampleSize) {
		return matches <= exactLimit(sampleSize) ? 1 : (double) sampleSize / matches;
	}

	static Map<String, Aggregation> aggregations(ArticleQuery.Interval interval, double sampling) {
		Map<String, Aggregation> aggregations = new LinkedHashMap<>();
		FIELDS.forEach((name, field) -> aggregations.put(name,
				Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_SIZE)))));
		aggregations.put(DATES, Aggregation.of(a -> a.dateHistogram(d -> d.field("publishedAt")
			.calendarInterval(calendar(interval))
			.minDocCount(1)
			.format("yyyy-MM-dd"))));
		if (sampling == 1) {
			return aggregations;
		}
		return Map.of(SAMPLE, Aggregation.of(a -> a.randomSampler(r -> r.probability(sampling).seed(SEED))
			.aggregations(aggregations)));
	}

	/** The facets' aggregates, out of the sample when there is one. */
	static JsonNode unsampled(JsonNode aggregates) {
		JsonNode sample = aggregates.get(SAMPLE);
		return sample == null ? aggregates : sample;
	}

	static Map<String, List<SearchResult.FacetCount>> counts(JsonNode aggregates) {
		Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
		FIELDS.keySet().stream().sorted().forEach(name -> facets.put(name, terms(aggregates.path(name))));
		return facets;
	}

	static SearchResult.DateHistogram dates(JsonNode aggregates, ArticleQuery.Interval interval) {
		List<SearchResult.DateBucket> buckets = new ArrayList<>();
		for (JsonNode bucket : aggregates.path(DATES).path("buckets")) {
			LocalDate from = LocalDate.parse(bucket.path("key_as_string").stringValue());
			buckets.add(new SearchResult.DateBucket(from.toString(), next(from, interval).toString(),
					bucket.path("doc_count").longValue()));
		}
		return new SearchResult.DateHistogram(interval.name().toLowerCase(Locale.ROOT), buckets);
	}

	private static List<SearchResult.FacetCount> terms(JsonNode aggregate) {
		List<SearchResult.FacetCount> counts = new ArrayList<>();
		for (JsonNode bucket : aggregate.path("buckets")) {
			counts.add(new SearchResult.FacetCount(bucket.path("key").asString(), bucket.path("doc_count").longValue()));
		}
		return counts;
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
