package news.events;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

	private static final String URL = "https://news.example/world/turkiye-kazakhstan";

	@Nested
	class RoundTrip {

		@Test
		void enrichedArticleSurvivesWriteAndRead() {
			ArticleEnriched event = EventFixtures.enriched(URL);
			assertThat(EventJson.read(EventJson.write(event), ArticleEnriched.class)).isEqualTo(event);
		}

		@Test
		void instantsAreIsoStrings() {
			String json = EventJson.write(new ArticleSubmitted("0".repeat(32), URL, Instant.parse("2025-01-02T03:04:05Z")));
			assertThat(json).contains("\"submittedAt\":\"2025-01-02T03:04:05Z\"");
		}

		@Test
		void unknownFieldsAreTolerated() {
			String json = EventJson.write(new ArticleSubmitted("0".repeat(32), URL, Instant.EPOCH))
				.replace("{", "{\"addedLater\":true,");
			assertThat(EventJson.read(json, ArticleSubmitted.class).url()).isEqualTo(URL);
		}
	}

	@Nested
	class Refusals {

		@Test
		void malformedJsonIsAnInvalidEvent() {
			assertThatThrownBy(() -> EventJson.read("{not json", ArticleExtracted.class))
				.isInstanceOf(InvalidEventException.class)
				.hasMessageContaining("Malformed ArticleExtracted");
		}

		@Test
		void unknownSchemaVersionIsAnInvalidEvent() {
			String json = EventJson.write(EventFixtures.enriched(URL)).replace("\"schemaVersion\":1", "\"schemaVersion\":7");
			assertThatThrownBy(() -> EventJson.read(json, ArticleEnriched.class))
				.isInstanceOf(InvalidEventException.class)
				.hasMessageContaining("schemaVersion 7 is not 1");
		}

		@Test
		void missingSchemaVersionIsAnInvalidEvent() {
			assertThatThrownBy(() -> EventJson.read("{\"id\":\"x\"}", ArticleSubmitted.class))
				.isInstanceOf(InvalidEventException.class)
				.hasMessageContaining("without a schemaVersion");
		}
	}

	@Nested
	class Ids {

		@Test
		void sameUrlSameId() {
			assertThat(ArticleId.of(URL)).isEqualTo(ArticleId.of(URL)).hasSize(32).matches("[0-9a-f]{32}");
		}

		@Test
		void otherUrlOtherId() {
			assertThat(ArticleId.of(URL)).isNotEqualTo(ArticleId.of(URL + "-2"));
		}
	}
}
