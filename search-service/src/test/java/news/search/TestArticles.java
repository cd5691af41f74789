package news.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import news.events.Article;
import news.events.ArticleEnriched;
import news.events.ArticleId;
import news.events.CountryTag;
import news.events.Figure;
import news.events.PersonTag;

/** Enriched articles with a word of their own, so tests sharing one index find only their articles. */
final class TestArticles {

	private TestArticles() {
	}

	/** A made-up word no other test uses: letters only, so the analyzer keeps it whole. */
	static String word() {
		return ThreadLocalRandom.current().ints(10, 'a', 'z' + 1)
			.collect(() -> new StringBuilder("zx"), StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	static ArticleEnriched article(String title, String body, String site, String language, String publishedAt,
			List<String> countries, List<Figure> figures) {
		String url = "https://news.example/" + UUID.randomUUID();
		Article article = new Article(ArticleId.of(url), url, url, site, title, List.of("Jane Doe"),
				Instant.parse(publishedAt), language, body, Instant.parse("2025-07-29T14:00:00Z"));
		return new ArticleEnriched("test-1", Instant.parse("2025-07-29T14:00:02Z"), article,
				countries.stream().map(c -> new CountryTag(c, c, 1)).toList(),
				List.of(new PersonTag("Kassym-Jomart Tokayev", 1)), figures);
	}

	static Figure usd(double value, String sentence) {
		return new Figure(value, "USD", Figure.Kind.MONEY, "$" + value, null, sentence);
	}
}
