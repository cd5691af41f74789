package news.ingest.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication dates only a page's scripts hold, read before the text scan. */
class ScriptDateReaderTest {

	private static ExtractedPage extract(String head, String body) {
		String html = "<html><head><title>Titel</title>" + head + "</head><body><h1>Titel</h1>" + body
				+ "</body></html>";
		return ExtractFixtures.extractHtml(html, "https://shop.example.org/products/kaffee");
	}

	@Test
	void aPublicationKeyInAScriptStateObjectBeatsTheFirstDateInTheText() {
		ExtractedPage page = extract("<script>var meta = {\"product\": {\"created_at\":\"2019-03-01T06:27:24+01:00\","
				+ "\"published_at\":\"2019-03-02T06:22:28+01:00\"}};</script>", "<p>Lieferung ab 3. Mai 2025</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2019, 3, 2));
		assertThat(page.sources()).containsEntry("datePublished", "script");
	}

	@Test
	void aCreationKeyServesWhenNoPublicationKeyIsThere() {
		ExtractedPage page = extract("", "<script>window.__STATE__ = {\"page\": {\"createdAt\": "
				+ "\"2022-01-31T15:58:43+01:00\", \"updatedAt\": \"2022-02-03T10:00:00+01:00\"}}</script>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2022, 1, 31));
	}

	@Test
	void markupDatesAndJsonLdGoBeforeScripts() {
		ExtractedPage page = extract("<script type=\"application/ld+json\">{\"@type\": \"WebPage\", "
				+ "\"datePublished\": \"nie\"}</script><script>var s = {\"published_at\":\"2019-03-02\"};</script>",
				"<time datetime=\"2020-05-06\">6. Mai 2020</time>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2020, 5, 6));
	}

}
