package news.events;

import java.time.Instant;
import java.util.List;

/** Realistic events for tests of every module. */
public final class EventFixtures {

	public static final Instant FETCHED_AT = Instant.parse("2025-07-29T14:00:00Z");

	private EventFixtures() {
	}

	public static Article article(String url) {
		return new Article(ArticleId.of(url), url, url, "Daily Example", "Türkiye, Kazakhstan seek to set new goals",
				List.of("Jane Doe"), Instant.parse("2025-07-29T13:16:00Z"), "en",
				"Kazakh President Kassym-Jomart Tokayev met President Recep Tayyip Erdoğan.\n\n"
						+ "In 2024, bilateral trade reached $5 billion.",
				FETCHED_AT);
	}

	public static ArticleEnriched enriched(String url) {
		return new ArticleEnriched("test-1", FETCHED_AT.plusSeconds(2), article(url),
				List.of(new CountryTag("KZ", "Kazakhstan", 1), new CountryTag("TR", "Türkiye", 1)),
				List.of(new PersonTag("Kassym-Jomart Tokayev", 1), new PersonTag("Recep Tayyip Erdoğan", 1)),
				List.of(new Figure(5.0e9, "USD", Figure.Kind.MONEY, "$5 billion", null,
						"In 2024, bilateral trade reached $5 billion.")));
	}
}
