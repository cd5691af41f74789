package news.ingest.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates read where a page's metadata is broken, missing or of no stated kind: unparseable JSON-LD, the share image's
 * path, a shown date over {@code <meta name="date">} and over a {@code <time>}'s value days away from it.
 */
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

	@Test
	void aShownDateBeatsAMetaDateOfNoStatedKind() {
		ExtractedPage page = extract("<meta name=\"date\" content=\"2021-12-20T11:02:44+01:00\">",
				"<span class=\"date\">27.01.2022</span><p>Der Riesling feiert Geburtstag.</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2022, 1, 27));
		assertThat(page.sources()).containsEntry("datePublished", "text");
	}

	@Test
	void typo3NewsTimedataLineIsAShownDate() {
		ExtractedPage page = extract("<meta name=\"date\" content=\"2021-03-15\">",
				"<div class=\"news-single-timedata\">08.03.2021 <span>- Redaktion: Jana Muster</span></div>"
						+ "<p>Das Sommerlager sucht noch Helfer.</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2021, 3, 8));
		assertThat(page.sources()).containsEntry("datePublished", "text");
	}

	@Test
	void aRecentPostsListsDateYieldsToTheDateTheArticleShows() {
		String recent = "<aside><ul class=\"widget_recent_entries\"><li><a href=\"/neu\">Neu im Garten</a> <span "
				+ "class=\"post-date\">26/05/2021</span></li></ul></aside>";
		ExtractedPage shown = extract("", "<div class=\"info\">03 Mai 2021</div><p>Die Tomaten sind gesetzt.</p>"
				+ recent);
		ExtractedPage none = extract("", "<p>Die Tomaten sind gesetzt.</p>" + recent);

		assertThat(shown.datePublished()).isEqualTo(LocalDate.of(2021, 5, 3));
		assertThat(none.datePublished()).isEqualTo(LocalDate.of(2021, 5, 26));
	}

	@Test
	void aMetaDateOfNoStatedKindStillDatesAPageThatShowsNone() {
		ExtractedPage page = extract("<meta name=\"dcterms.date\" content=\"2022-01-21T09:43+01:00\">",
				"<p>Die Taxonomie ist nicht nachhaltig.</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2022, 1, 21));
		assertThat(page.sources()).containsEntry("datePublished", "meta");
	}

	@Test
	void theDayOfTheVisitInTheSiteBannerIsNoShownDate() {
		ExtractedPage page = extract("<meta name=\"date\" content=\"2017-05-01T17:05:00+0200\">",
				"<header><nav><a href=\"/\">Start</a></nav><span class=\"site-date\"><span>Mittwoch, </span>"
						+ "26.02.2020</span></header><p>Wir dekorieren auf der Titanic die Liegestühle um.</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2017, 5, 1));
	}

	@Test
	void aDateInAnArticlesOwnHeaderIsAShownDate() {
		ExtractedPage page = extract("<meta name=\"date\" content=\"2017-05-01T17:05:00+0200\">",
				"<header><span class=\"date\">28.04.2017</span></header><p>Text.</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2017, 4, 28));
	}

	@Test
	void aTimeElementsShownDateBeatsItsValueDaysAway() {
		ExtractedPage page = extract("", "<div class=\"time\"><time datetime=\"2019-07-03T10:18:46Z\">Publié le 29 juin "
				+ "2019</time></div><p>Les grenades.</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2019, 6, 29));
		assertThat(page.sources()).containsEntry("datePublished", "time element");
	}

	@Test
	void aTimeElementKeepsItsValueWhenItsTextIsADayAwayAnUpdateOrNoFullDate() {
		ExtractedPage dayAway = extract("", "<time datetime=\"2019-07-03T10:18:46+02:00\">2. Juli 2019</time>");
		// Below the article's first sentence: in its header, an update label dates the page (HeadlineDateReaderTest).
		String text = "<p>Der Gemeinderat hat am Montagabend über den Haushalt des kommenden Jahres beraten.</p>";
		ExtractedPage update = extract("", text + "<time datetime=\"2019-07-03T10:18:46+02:00\">Aktualisiert am 9. "
				+ "Juli 2019</time>");
		ExtractedPage modified = extract("", text + "<time datetime=\"2019-07-03T10:18:46+02:00\">Modifié le 9 "
				+ "juillet 2019</time>");
		ExtractedPage relative = extract("", "<time datetime=\"2019-07-03T10:18:46+02:00\">vor 3 Stunden</time>");

		assertThat(dayAway.datePublished()).isEqualTo(LocalDate.of(2019, 7, 3));
		assertThat(update.datePublished()).isEqualTo(LocalDate.of(2019, 7, 3));
		assertThat(modified.datePublished()).isEqualTo(LocalDate.of(2019, 7, 3));
		assertThat(relative.datePublished()).isEqualTo(LocalDate.of(2019, 7, 3));
	}

}
