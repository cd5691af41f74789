package news.events;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schemas accept what the records write and reject what they never would. */
class EventSchemasTest {

	private static final String URL = "https://news.example/a";

	@Test
	void enrichedEventMatchesItsSchema() {
		assertThat(EventSchemas.violations(ArticleEnriched.class, EventJson.write(EventFixtures.enriched(URL))))
			.isEmpty();
	}

	@Test
	void extractedEventMatchesItsSchema() {
		assertThat(EventSchemas.violations(ArticleExtracted.class,
				EventJson.write(new ArticleExtracted(EventFixtures.article(URL)))))
			.isEmpty();
	}

	@Test
	void statusEventMatchesItsSchema() {
		var event = new ArticleStatusChanged(ArticleId.of(URL), URL, ArticleStatusChanged.Stage.FETCHED,
				ArticleStatusChanged.Outcome.FAILED, "HTTP 404", Instant.now(), null);
		assertThat(EventSchemas.violations(ArticleStatusChanged.class, EventJson.write(event))).isEmpty();
	}

	@Test
	void schemaRejectsAnEnrichedEventWithoutFigures() {
		String json = EventJson.write(EventFixtures.enriched(URL)).replaceFirst("\"figures\":\\[.*\\]", "\"figures\":7");
		assertThat(EventSchemas.violations(ArticleEnriched.class, json)).isNotEmpty();
	}

	@Test
	void schemaRejectsABadId() {
		String json = EventJson.write(new ArticleSubmitted("not-an-id", URL, Instant.now()));
		assertThat(EventSchemas.violations(ArticleSubmitted.class, json)).anyMatch(m -> m.contains("id"));
	}
}
