package news.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where each metadata field came from, and the sanity rules on impossible values. */
class ProvenanceTest {

	private static final Instant FETCHED_AT = Instant.parse("2025-07-30T08:00:00Z");

	private static ExtractedPage extract(String fixture) {
		return ExtractFixtures.EXTRACTOR.extract(ExtractFixtures.bytes(fixture), null,
				"https://news.example.org/2024/article", FETCHED_AT);
	}

	private static ExtractedPage extractHtml(String html, String url) {
		return ExtractFixtures.EXTRACTOR.extract(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, url,
				FETCHED_AT);
	}

	private static void assertDated(String html, String url, LocalDate day, String source) {
		ExtractedPage page = extractHtml(html, url);

		assertThat(page.datePublished()).isEqualTo(day);
		assertThat(page.sources()).containsEntry("datePublished", source);
	}

	/** The page's local day and the moment in UTC, which may fall on the next or previous day. */
	private static void assertDayAndInstant(String html, String url, LocalDate day, String instant) {
		ExtractedPage page = extractHtml(html, url);

		assertThat(page.datePublished()).isEqualTo(day);
		assertThat(page.publishedAt()).isEqualTo(Instant.parse(instant));
	}

	@Test
	void jsonLdFieldsAreMarkedAsSuch() {
		ExtractedPage page = extract("jsonld-graph-article.html");

		assertThat(page.sources()).containsEntry("datePublished", "json-ld").containsEntry("authors", "json-ld");
		assertThat(page.sources()).containsKey("title");
	}

	@Test
	void openGraphAndMetaTagsAreTold() {
		ExtractedPage page = extract("opengraph-article.html");

		assertThat(page.sources()).containsEntry("datePublished", "opengraph").containsEntry("authors", "meta");
	}

	@Test
	void timeElementBylineAndHeadingAreTold() {
		ExtractedPage page = extract("title-only.html");

		assertThat(page.sources()).containsEntry("datePublished", "time element").containsEntry("authors", "byline");
	}

	@Test
	void aPageWithoutAnyTitleNamesNoSourceForIt() {
		ExtractedPage page = extractHtml("<html><body><p>The council met on Monday evening to discuss the budget "
				+ "for the coming year and the new harbour.</p></body></html>", "https://news.example.org/council");

		assertThat(page.title()).isNull();
		assertThat(page.sources()).doesNotContainKey("title");
	}

	@Test
	void aDateInTheUrlIsUsedAndTold() {
		assertDated("<html><body><h1>Council meets</h1><p>The council met on Monday evening to "
				+ "discuss the budget for the coming year and the new harbour.</p></body></html>",
				"https://news.example.org/2024/03/05/council-meets", LocalDate.of(2024, 3, 5), "url");
	}

	@Test
	void aDayFirstOrMonthFirstDateInTheUrlIsReadWhereItsOrderIsPlain() {
		String html = "<html><body><h1>Council meets</h1><p>The council met on Monday evening to discuss the "
				+ "budget for the coming year and the new harbour.</p></body></html>";
		assertDated(html, "https://news.example.org/meldungen/29-10-2021", LocalDate.of(2021, 10, 29), "url");
		assertDated(html, "https://news.example.org/news-10.29.2021.html", LocalDate.of(2021, 10, 29), "url");
		assertThat(extractHtml(html, "https://news.example.org/meldungen/02-10-2021").datePublished()).isNull();
	}

	@Test
	void theUrlsDayWinsOverAUtcTimeOfTheEveningBefore() {
		assertDated("<html><head><meta property=\"article:published_time\" "
				+ "content=\"2024-03-06T02:25:54+00:00\"></head><body><h1>Council meets</h1><p>The council met on "
				+ "Tuesday evening to discuss the budget for the coming year.</p></body></html>",
				"https://news.example.org/2024/03/05/council-meets", LocalDate.of(2024, 3, 5), "url");
	}

	@Test
	void aUtcTimeTakesThePagesLocalDayFromALocalTimeOfTheSameMoment() {
		assertDayAndInstant("<html><head><meta property=\"article:published_time\" "
				+ "content=\"2024-03-06T03:35:29+00:00\"><meta name=\"sailthru.date\" content=\"2024-03-05 "
				+ "22:35:29\"></head><body><h1>Council meets</h1><p>The council met on Tuesday evening to discuss "
				+ "the budget for the coming year.</p></body></html>", "https://news.example.org/council-meets",
				LocalDate.of(2024, 3, 5), "2024-03-06T03:35:29Z");
	}

	@Test
	void aMetaTagNamedDatePublishedIsAMetaDate() {
		assertDated("<html><head><meta name=\"datePublished\" content=\"2024-03-05\"></head>"
				+ "<body><h1>Council meets</h1><p>The council met on Tuesday evening to discuss the budget for the "
				+ "coming year.</p><p>Updated 7 March 2024</p></body></html>",
				"https://news.example.org/council", LocalDate.of(2024, 3, 5), "meta");
	}

	@Test
	void aHowToGuidesDateComesFromItsJsonLd() {
		assertDated("<html><head><script type=\"application/ld+json\">{\"@type\": \"HowTo\", "
				+ "\"name\": \"Sew a round tablecloth\", \"datePublished\": \"2022-01-10T22:06:08+01:00\"}</script>"
				+ "</head><body><h1>Sew a round tablecloth</h1><p>Measure the table, cut the cloth and hem it with "
				+ "the machine.</p></body></html>",
				"https://news.example.org/diy/tablecloth", LocalDate.of(2022, 1, 10), "json-ld");
	}

	@Test
	void aWrittenDateLineIsReadAsText() {
		assertDated("<html><body><h1>Neue Brücke</h1><div class=\"date\">Veröffentlicht am "
				+ "3. März 2024</div><p>Die neue Brücke über den Fluss wurde am Montag nach zehn Jahren Bauzeit "
				+ "für den Verkehr freigegeben.</p></body></html>",
				"https://news.example.org/bruecke", LocalDate.of(2024, 3, 3), "text");
	}

	@Test
	void thePagesLocalDayIsKeptWhileTheInstantIsUtc() {
		assertDayAndInstant("<html><head><meta property=\"article:published_time\" "
				+ "content=\"2024-03-05T00:30:00+02:00\"></head><body><p>Text of the article that is long enough "
				+ "to count as a paragraph of prose.</p></body></html>", "https://news.example.org/a",
				LocalDate.of(2024, 3, 5), "2024-03-04T22:30:00Z");
	}

	@Test
	void authorsEqualToTheSiteNameOrUiWordsAreRejected() {
		ExtractedPage page = extractHtml("<html><head><meta property=\"og:site_name\" content=\"The Ledger\">"
				+ "<meta name=\"author\" content=\"The Ledger\"></head><body><div class=\"byline\">Share | Email | "
				+ "Print</div><p>Text of the article that is long enough to count as a paragraph of prose.</p>"
				+ "</body></html>", "https://news.example.org/a");

		assertThat(page.authors()).isEmpty();
		assertThat(page.sources()).doesNotContainKey("authors");
	}

	@Test
	void aPublicationNamedInTheAuthorMetaYieldsToTheBylineOfAPerson() {
		assertSoleAuthor("<meta name=\"author\" content=\"Valley Courier (www.valleycourier.com)\">",
				"<p class=\"byline\">By Jane Doe</p>", "Jane Doe", "byline");
	}

	@Test
	void aPublicationNamedInTheAuthorMetaIsKeptWhenNoPersonIsNamed() {
		assertSoleAuthor("<meta name=\"author\" content=\"Valley Courier Redaktion\">", "",
				"Valley Courier Redaktion", "meta");
	}

	@Test
	void aLabelledBylineNamingSomeoneElseWinsOverTheAuthorMeta() {
		assertSoleAuthor("<meta name=\"author\" content=\"Matthias Hille\">",
				"<p class=\"date\">Erstellt von <a href=\"/u/6\">Fabian Roth</a> am 6. Mai 2014</p>", "Fabian Roth",
				"byline");
		assertSoleAuthor("<meta name=\"author\" content=\"Jane Doe\">", "<p>Von Jane Doe, Hamburg</p>", "Jane Doe",
				"meta");
	}

	private static void assertSoleAuthor(String head, String byline, String author, String source) {
		ExtractedPage page = extractHtml("<html><head>" + head + "</head><body><article>" + byline + "<p>Text of the "
				+ "article that is long enough to count as a paragraph of prose.</p></article></body></html>",
				"https://news.example.org/a");

		assertThat(page.authors()).containsExactly(author);
		assertThat(page.sources()).containsEntry("authors", source);
	}

	@Test
	void aPersonTheJsonLdNamesIsKeptOnASiteNamedAfterThem() {
		ExtractedPage page = extractHtml("<html><head><meta property=\"og:site_name\" content=\"Jane Doe\">"
				+ "<script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", \"headline\": \"Notes\", "
				+ "\"author\": {\"@type\": \"Person\", \"name\": \"Jane Doe\"}}</script></head><body><p>Text of "
				+ "the article that is long enough to count as a paragraph of prose.</p></body></html>",
				"https://janedoe.example.org/notes");

		assertThat(page.authors()).containsExactly("Jane Doe");
		assertThat(page.sources()).containsEntry("authors", "json-ld");
	}

	@Test
	void aJsonLdPersonNamedByTheFirstNameTakesTheFullNameOpeningTheirDescription() {
		assertSoleAuthor("<script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", \"headline\": \"Notes\", "
				+ "\"author\": {\"@type\": \"Person\", \"name\": \"Stefanus\", \"description\": \"Stefanus Stahl - "
				+ "Maschinenbauer und Abenteurer.\"}}</script>", "", "Stefanus Stahl", "json-ld");
		assertSoleAuthor("<script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", \"headline\": \"Notes\", "
				+ "\"author\": {\"@type\": \"Person\", \"name\": \"Jane\", \"description\": \"Jane Doe writes "
				+ "about trains.\"}}</script>", "", "Jane", "json-ld");
	}

	@Test
	void aBylineNamingTheSiteGivesWayToTheArticlesOwn() {
		ExtractedPage page = extractHtml("<html><head><meta property=\"og:site_name\" content=\"The Ledger\">"
				+ "</head><body><article><p class=\"kicker\">By The Ledger</p><p><em>Written by: <a href=\"/x\">"
				+ "Anna Berg</a></em></p><p>Text of the article that is long enough to count as a paragraph of "
				+ "prose.</p></article></body></html>", "https://news.example.org/a");

		assertThat(page.authors()).containsExactly("Anna Berg");
	}

	@Test
	void aDateAfterTheFetchIsRejected() {
		assertThat(extract("future-date.html").published()).isNull();
	}

}
