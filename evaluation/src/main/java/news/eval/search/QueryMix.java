package news.eval.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import news.search.query.ArticleFilters;
import news.search.query.ArticleQuery;
import news.search.query.FigureFilter;

/**
 * Typical searches of a newsroom researcher, each free text and/or one filter, always with facets and highlights
 * (every search of the API has them), drawn from the corpus vocabulary with its frequencies. Query {@code k}
 * depends only on the seed and {@code k}.
 */
final class QueryMix {

	/** One search and the name of its kind, for the report. */
	record BenchQuery(String kind, ArticleQuery query) {
	}

	/** Kinds of search, by share of the mix: see {@link #SHARES}. */
	static final List<String> KINDS = List.of("text+country", "text+person", "phrase+dates", "text+site",
			"text+language", "figure+country", "text");

	/** The shares of the kinds in {@link #KINDS}, but the last: it has what is left (0.15). */
	private static final double[] SHARES = { 0.25, 0.15, 0.15, 0.1, 0.05, 0.15 };

	/** The API's default page size. */
	private static final int PAGE_SIZE = 10;

	private static final long SPAN_DAYS = 365L * CorpusGenerator.YEARS;

	private final Vocabulary vocabulary;

	private final long seed;

	QueryMix(Vocabulary vocabulary, long seed) {
		this.vocabulary = vocabulary;
		this.seed = seed;
	}

	BenchQuery query(long k) {
		SplittableRandom random = new SplittableRandom(~this.seed * 0x9E3779B97F4A7C15L + k);
		Vocabulary v = this.vocabulary;
		String kind = KINDS.get(CorpusGenerator.pick(random, SHARES));
		ArticleFilters filters = switch (kind) {
			case "text+country" -> new ArticleFilters(words(random, 1 + random.nextInt(2)),
					List.of(v.countries.draw(random).code()), null, null, null, null, null, null, null);
			case "text+person" -> new ArticleFilters(words(random, 1), null, null, List.of(v.people.draw(random)), null,
					null, null, null, null);
			case "phrase+dates" -> {
				Instant from = CorpusGenerator.START.plus(Duration.ofDays(random.nextLong(SPAN_DAYS - 90)));
				yield new ArticleFilters('"' + v.phrases.draw(random) + '"', null, null, null, null, null, from,
						from.plus(Duration.ofDays(90 + random.nextInt(275))), null);
			}
			case "text+site" -> new ArticleFilters(words(random, 1 + random.nextInt(2)), null, null, null,
					List.of(v.sites.draw(random)), null, null, null, null);
			case "text+language" -> new ArticleFilters(words(random, 1 + random.nextInt(2)), null, null, null, null,
					List.of(v.languages.draw(random)), null, null, null);
			// "Sums of at least a billion in a currency, in articles tagged with a country" (issue 5: USD, KZ).
			case "figure+country" -> new ArticleFilters(null, List.of(v.countries.draw(random).code()), null, null,
					null, null, null, null, new FigureFilter(v.currencies.draw(random).code(), null, 1e9, null));
			default -> ArticleFilters.text(words(random, 1 + random.nextInt(3)));
		};
		return new BenchQuery(kind, new ArticleQuery(filters, 0, PAGE_SIZE));
	}

	private String words(SplittableRandom random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i > 0 ? " " : "").append(this.vocabulary.queryWords.draw(random));
		}
		return text.toString();
	}
}
