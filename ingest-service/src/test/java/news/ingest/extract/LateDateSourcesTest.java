package news.ingest.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates read where a page's metadata is broken or missing: unparseable JSON-LD, the share image's path. */
class LateDateSourcesTest {

	private static ExtractedPage extract(String head, String body) {
		String html = "<html><head><title>Titel</title>" + head + "</head><body><h1>Titel</h1>" + body
				+ "</body></html>";
		return ExtractFixtures.extractHtml(html, "https://news.example.org/kantoni/604722/titel");
	}

	@Test
	void unparseableJsonLdStillGivesItsDatePublishedBeforeTeaserDates() {
		ExtractedPage page = extract("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
				+ "\"datePublished\": \"2020-10-26T18:10:00+01:00\"}}</script>",
				"<div class=\"article-date-time\"><span>09.08.2020 u 10:52</span></div>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2020, 10, 26));
		assertThat(page.sources()).containsEntry("datePublished", "json-ld");
	}

	@Test
	void theShareImagesPathDatesAPageThatShowsNoDate() {
		ExtractedPage page = extract("<meta property=\"og:image\" content=\"https://news.example.org/files/2016/05/04/"
				+ "report.png\">", "<p>Jahresbericht</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2016, 5, 4));
		assertThat(page.sources()).containsEntry("datePublished", "image url");
	}

	@Test
	void theShareImagesPathYieldsToADateInTheText() {
		ExtractedPage page = extract("<meta property=\"og:image\" content=\"https://news.example.org/files/2016/05/04/"
				+ "logo.png\">", "<p>Stand: 3. März 2021</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2021, 3, 3));
	}

}
