package news.ingest.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date shown under the headline where it is the declared last change rather than the publication, or labelled as
 * the update.
 */
class HeadlineDateReaderTest {

	private static final String METADATA = "<script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", "
			+ "\"headline\": \"Five ways to repot a fern\", \"datePublished\": \"2019-10-15T16:59:59Z\", "
			+ "\"dateModified\": \"2020-03-12T14:42:17Z\"}</script>";

	private static final String TEXT = "<p>Ferns are forgiving plants, but a cramped pot slows them down more than "
			+ "most gardeners think, and spring is the time to act.</p>";

	private static ExtractedPage extract(String underHeadline, String footer) {
		String html = "<html><head><title>Five ways to repot a fern</title>" + METADATA + "</head><body><article>"
				+ "<header><h1>Five ways to repot a fern</h1>" + underHeadline + "</header>" + TEXT + "</article>"
				+ "<footer>" + footer + "</footer></body></html>";
		return ExtractFixtures.extractHtml(html, "https://garden.example.net/ferns/repotting");
	}

	/** A page declaring its publication (15 October 2019) and no later change. */
	private static ExtractedPage undeclared(String underHeadline) {
		String html = "<html><head><title>Five ways to repot a fern</title><meta property=\"article:published_time\" "
				+ "content=\"2019-10-15T16:59:59+02:00\"></head><body><h1>Five ways to repot a fern</h1>"
				+ underHeadline + TEXT + "</body></html>";
		return ExtractFixtures.extractHtml(html, "https://garden.example.net/ferns/repotting");
	}

	@Test
	void anUpdateShownUnderTheHeadlineDatesThePage() {
		ExtractedPage labelled = extract("<div class=\"byline\">By Jane Doe <span>Updated Mar 12, 2020</span></div>",
				"");
		ExtractedPage bare = extract("<div class=\"meta\"><span>Jane Doe</span><span>12.03.2020</span></div>", "");

		assertThat(labelled.datePublished()).isEqualTo(LocalDate.of(2020, 3, 12));
		assertThat(labelled.sources()).containsEntry("datePublished", "text");
		assertThat(bare.datePublished()).isEqualTo(LocalDate.of(2020, 3, 12));
	}

	@Test
	void theDeclaredPublicationStaysWhenTheHeadlineShowsIt() {
		ExtractedPage shown = extract("<p class=\"byline\">Oct 15, 2019 · updated Mar 12, 2020</p>", "");
		ExtractedPage updateInFooter = extract("<p>By Jane Doe</p>", "<p>Last updated: March 12, 2020</p>");
		ExtractedPage hiddenUpdate = extract("<span class=\"rich-snippet-hidden\">2020-03-12</span><span>15 October "
				+ "2019</span>", "");

		assertThat(shown.datePublished()).isEqualTo(LocalDate.of(2019, 10, 15));
		assertThat(updateInFooter.datePublished()).isEqualTo(LocalDate.of(2019, 10, 15));
		assertThat(hiddenUpdate.datePublished()).isEqualTo(LocalDate.of(2019, 10, 15));
		assertThat(shown.sources()).containsEntry("datePublished", "json-ld");
	}

	@Test
	void aDateLabelledAsTheUpdateDatesThePageThatDeclaresNoChange() {
		ExtractedPage english = undeclared("<div class=\"byline\">By Jane Doe · Updated May 6, 2019</div>");
		ExtractedPage german = undeclared("<p class=\"text\"><span>Stand: 28.04.2020 18:00 Uhr</span></p>");
		ExtractedPage labelApart = undeclared("<p><span>Aktualisiert am</span> <time>28.04.2020</time></p>");

		assertThat(english.datePublished()).isEqualTo(LocalDate.of(2019, 5, 6));
		assertThat(english.sources()).containsEntry("datePublished", "text");
		assertThat(german.datePublished()).isEqualTo(LocalDate.of(2020, 4, 28));
		assertThat(labelApart.datePublished()).isEqualTo(LocalDate.of(2020, 4, 28));
	}

	@Test
	void anUpdateBelowTheArticlesFirstParagraphOrAfterThePublicationIsNoHeaderDate() {
		ExtractedPage belowText = undeclared(TEXT + "<p>Updated May 6, 2019</p>");
		ExtractedPage afterPublication = undeclared("<p>Published Oct 15, 2019, updated May 6, 2020</p>");

		assertThat(belowText.datePublished()).isEqualTo(LocalDate.of(2019, 10, 15));
		assertThat(afterPublication.datePublished()).isEqualTo(LocalDate.of(2019, 10, 15));
	}

	@Test
	void microdataNamesTheLastChangeToo() {
		String html = "<html><head><title>Rates</title>"
				+ "<meta itemprop=\"datePublished\" content=\"2021-12-14T15:41:07+01:00\">"
				+ "<meta itemprop=\"dateModified\" content=\"2022-02-04T15:33:00+01:00\"></head><body><h1>Rates</h1>"
				+ "<p class=\"author\">04.02.2022 | 15:33 Uhr | Jane Doe</p>" + TEXT + "</body></html>";
		ExtractedPage page = ExtractFixtures.extractHtml(html, "https://money.example.net/rates");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2022, 2, 4));
	}

	@Test
	void aFieldShownWithoutItsLabelIsShown() {
		ExtractedPage page = extract("<div class=\"field field--label-hidden\">Thursday, 12.03.2020 - 15:42</div>", "");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2020, 3, 12));
	}

	@Test
	void ofTwoDeclaredPublicationDaysTheOneShownUnderTheHeadlineWins() {
		String head = "<script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", \"datePublished\": "
				+ "\"2019-10-13T07:29:00.000Z\"}</script><meta property=\"article:published_time\" "
				+ "content=\"2019-10-15T08:29:34\">";
		String shown = "<html><head><title>Five ways to repot a fern</title>" + head + "</head><body><h1>Five ways to "
				+ "repot a fern</h1><div class=\"info\">15.10.2019</div>" + TEXT + "</body></html>";
		String unshown = shown.replace("15.10.2019", "Jane Doe");

		assertThat(ExtractFixtures.extractHtml(shown, "https://garden.example.net/ferns/repotting").datePublished())
			.isEqualTo(LocalDate.of(2019, 10, 15));
		assertThat(ExtractFixtures.extractHtml(unshown, "https://garden.example.net/ferns/repotting").datePublished())
			.isEqualTo(LocalDate.of(2019, 10, 13));
	}

	@Test
	void aTimeMarkedAsTheLastChangeIsNoRivalPublicationDate() {
		ExtractedPage page = undeclared("<div class=\"meta\"><time itemprop=\"dateModified\" datetime=\"2019-10-14"
				+ "T15:36:19+02:00\">14.10.2019</time> <time itemprop=\"datePublished\" datetime=\"2019-10-15T16:59:59"
				+ "+02:00\">15.10.2019</time></div>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2019, 10, 15));
	}

}
