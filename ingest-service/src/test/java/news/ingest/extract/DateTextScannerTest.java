package news.ingest.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The last date source: the first dateline in the page text or attributes, outside furniture and copyright. */
class DateTextScannerTest {

	private static ExtractedPage extract(String body) {
		return extractDeclaring(null, body);
	}

	/** @param xmlLang the page's {@code xml:lang}, or null for none */
	private static ExtractedPage extractDeclaring(String xmlLang, String body) {
		String html = ((xmlLang != null) ? "<html xml:lang=\"" + xmlLang + "\">" : "<html>")
				+ "<head><title>Titel</title></head><body>" + body + "</body></html>";
		return ExtractFixtures.extractHtml(html, "https://example.org/news/item");
	}

	@Test
	void theFirstDatelineNearTheHeadlineWins() {
		ExtractedPage page = extract("<nav><span>01.01.2020</span></nav><h1>Titel</h1><small>Donnerstag, 15.2.2018, "
				+ "19:51</small><p>Ein Text.</p><div class=\"comments\">3. März 2019</div>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2018, 2, 15));
		assertThat(page.sources()).containsEntry("datePublished", "text");
	}

	@Test
	void aTeaserCardsDateYieldsToTheArticlesDateline() {
		ExtractedPage page = extract("<div class=\"top\"><a href=\"/news/2\"><img src=\"/r.jpg\"><h3>Rodeln in Oberhof"
				+ "</h3><span>04.03.2021 10:12</span></a></div><h1>Titel</h1><small>Erstellt am: 02.03.2021 18:05</small>"
				+ "<p>Ein Text.</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2021, 3, 2));
	}

	@Test
	void aSectionPageWithoutDatelineIsAsNewAsItsFirstTeaser() {
		ExtractedPage page = extract("<h1>Unsere Themen</h1><a href=\"/news/2\"><div class=\"teaser\"><span>"
				+ "04.03.2021</span><h2>Rodeln in Oberhof</h2></div></a><a href=\"/news/1\"><h2>Eisstockschießen</h2>"
				+ "<span>01.03.2021</span></a>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2021, 3, 4));
	}

	@Test
	void aFormWrappingTheWholePageIsSearched() {
		ExtractedPage page = extract("<form id=\"mainform\"><h1>Titel</h1><div class=\"recipe\">Updated June 13, 2019"
				+ "</div><p>Ein Text.</p><button>3. März 2019</button></form>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2019, 6, 13));
	}

	@Test
	void anEmbeddedSocialPostsDateIsThePostsNotTheArticles() {
		ExtractedPage instagram = extract("<h1>Titel</h1><blockquote class=\"instagram-media\"><p>Ein Beitrag geteilt "
				+ "von Jane (@jane) am <time datetime=\"2018-03-12T19:30:12+00:00\">Mär 12, 2018</time></p>"
				+ "</blockquote><p>Ein Text.</p><p>29. Januar 2019</p>");
		ExtractedPage tweet = extract("<h1>Titel</h1><blockquote class=\"twitter-tweet\"><p>Ein Tweet.</p>&mdash; Jane "
				+ "(@jane) <a href=\"https://twitter.example/jane/status/1\">March 12, 2018</a></blockquote>"
				+ "<p>Ein Text.</p><p>29. Januar 2019</p>");

		assertThat(instagram.datePublished()).isEqualTo(LocalDate.of(2019, 1, 29));
		assertThat(tweet.datePublished()).isEqualTo(LocalDate.of(2019, 1, 29));
	}

	@Test
	void copyrightLinesAndFutureDatesAreNoPublicationDates() {
		ExtractedPage page = extract("<h1>Titel</h1><p>Copyright © 19.12.2019</p><p>Termin: 3. August 2031</p>");

		assertThat(page.datePublished()).isNull();
	}

	@Test
	void aWrapperHoldingTheHeadlineIsReadWhateverItsClassSays() {
		ExtractedPage page = extract("<div class=\"intro intro__breadcrumbNavigation\"><ul><li>Start</li></ul>"
				+ "<h1>Titel</h1><p class=\"caption\">21. Januar 2022 | Mobilität</p></div><p>Ein Text.</p>"
				+ "<div class=\"breadcrumb\">3. März 2019</div>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2022, 1, 21));
	}

	@Test
	void slashedDatesAreReadInThePagesDayOrder() {
		String body = "<h1>Titel</h1><span class=\"time\">02/10/2020</span><p>Ein Text.</p>";

		assertThat(extractDeclaring("en-GB", body).datePublished()).isEqualTo(LocalDate.of(2020, 10, 2));
		assertThat(extractDeclaring("en-US", body).datePublished()).isEqualTo(LocalDate.of(2020, 2, 10));
		assertThat(extractDeclaring("en", body).datePublished()).isNull();
	}

	@Test
	void theTimeOfTheVisitAndAMembersRegistrationAreNoPublicationDates() {
		ExtractedPage page = extract("<p class=\"time\">Aktuelle Zeit: 14.10.2020, 12:18</p><h1>Titel</h1>"
				+ "<p>It is currently Wed Oct 14, 2020 12:18 pm</p><dl><dd class=\"profile-joined\"><strong>Registriert:"
				+ "</strong> 18.09.2008, 05:56</dd></dl><p>r23 &raquo; 21.01.2009, 05:42</p><p>Ein Text.</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2009, 1, 21));
	}

	@Test
	void datesKeptInAttributes() {
		assertThat(extract("<h1>Titel</h1><span class=\"updated\" title=\"2013-04-04T18:52:11+00:00\"></span>")
			.datePublished()).isEqualTo(LocalDate.of(2013, 4, 4));
		assertThat(extract("<h1>Titel</h1><span data-date-time=\"2023-11-02 20:06:13\">vor 2 Stunden</span>")
			.datePublished()).isEqualTo(LocalDate.of(2023, 11, 2));
	}

	@Test
	void aDatelineOpeningALongParagraphIsRead() {
		ExtractedPage page = extract("<h1>Arbeitsmarkt</h1><p><strong>01.02.2022 „Der Arbeitsmarkt ist gut in das "
				+ "Jahr gestartet“, sagte die Vorsitzende am Dienstag in Nürnberg. Die Zahl der Arbeitslosen sank im "
				+ "Januar deutlich.</strong></p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2022, 2, 1));
	}

	@Test
	void aPlaceAndADateInParenthesesOpenADateline() {
		ExtractedPage page = extract("<h1>Ewigkeitssonntag</h1><p><strong>Karlsruhe, (12.11.2021). Traditionell "
				+ "gedenken evangelische Christinnen und Christen am letzten Sonntag des Kirchenjahres ihrer "
				+ "Verstorbenen.</strong></p><div>Sa. 13.11.2021</div>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2021, 11, 12));
	}

	@Test
	void aShortScriptWritingTheDateIsReadButAProgramIsNot() {
		assertThat(extract("<h1>Titel</h1><td><script>showDate(\"2020/04/17 01:43:09\")</script></td>")
			.datePublished()).isEqualTo(LocalDate.of(2020, 4, 17));
		assertThat(extract("<h1>Titel</h1><script>var config = {\"release\": \"2019-01-01\", \"tracker\": "
				+ "\"UA-000000-1\", \"consent\": true, \"cookieDomain\": \".example.org\", \"sampleRate\": 100};"
				+ "</script><p>Text</p>").datePublished()).isNull();
		// Measured without the whitespace around the code, which alone makes this script longer than the limit.
		assertThat(extract("<h1>Titel</h1><td><script>\n" + " ".repeat(150) + "showDate(\"2020/04/17 01:43:09\")\n"
				+ "\t</script></td>").datePublished()).isEqualTo(LocalDate.of(2020, 4, 17));
	}

	@Test
	void aLongParagraphThatOnlyMentionsADateIsNoDateline() {
		ExtractedPage page = extract("<h1>Arbeitsmarkt</h1><p>Seit dem 01.02.2022 ist die Zahl der Arbeitslosen "
				+ "deutlich gesunken, sagte die Vorsitzende am Dienstag in Nürnberg, und sie werde weiter sinken.</p>"
				+ "<p>2019 – ein Jahr, das alle Erwartungen übertraf, als die Zahl der Arbeitslosen auf den tiefsten "
				+ "Stand seit der Wiedervereinigung fiel und blieb.</p>");

		assertThat(page.datePublished()).isNull();
	}

	@Test
	void aDateSetOnePartToAnElementIsReadWithItsPartsApart() {
		ExtractedPage badge = extract("<div class=\"post\"><div class=\"datum\"><span class=\"monat\">Feb</span> "
				+ "<span class=\"tag\">18</span><span class=\"jahr\">2009</span></div><h2>Titel</h2><p>Ein Text.</p>"
				+ "</div><p>3. März 2019</p>");
		// A date line by its class, which beats the text's first date.
		ExtractedPage dateLine = extract("<h1>Titel</h1><p>3. März 2019</p><div class=\"date\"><span>18</span><span>"
				+ "Feb</span><span>2009</span></div><p>Ein Text.</p>");

		assertThat(badge.datePublished()).isEqualTo(LocalDate.of(2009, 2, 18));
		assertThat(dateLine.datePublished()).isEqualTo(LocalDate.of(2009, 2, 18));
	}

	@Test
	void theSidebarIsReadOnlyWhenTheRestOfThePageShowsNoDate() {
		ExtractedPage widget = extract("<div id=\"sidebar\"><h2>Rauchfrei</h2><abbr title=\"9 Apr 2003, 0:00:00\">vor "
				+ "16 Jahren</abbr></div><div id=\"content\"><h1>Titel</h1><p>18. Februar 2009</p></div>");
		ExtractedPage postInfo = extract("<div id=\"sidebar\"><h2>Über diesen Artikel</h2><p>Gepostet am 19. Mai 2010"
				+ "</p></div><div id=\"content\"><h1>Titel</h1><p>Ein Text.</p></div>");

		assertThat(widget.datePublished()).isEqualTo(LocalDate.of(2009, 2, 18));
		assertThat(postInfo.datePublished()).isEqualTo(LocalDate.of(2010, 5, 19));
	}

	@Test
	void anOpinionColumnsHeaderBlockIsNoCommentSection() {
		String header = "<div class=\"PageArticle_commentHeader\"><article class=\"ArticleHeaderComment\"><h1 class=\""
				+ "ArticleHeaderComment_headline\">Titel</h1><div class=\"ArticleHeaderComment_publishDate\">";
		ExtractedPage dateLine = extract(header + "<span class=\"PublishDate_date\">17. Januar 2018</span></div>"
				+ "</article></div><p>Ein Text.</p>");
		ExtractedPage text = extract(header + "<span>17. Januar 2018</span></div></article></div><p>Ein Text.</p>");
		ExtractedPage comments = extract("<article class=\"post\"><h1 class=\"post__title\">Titel</h1><p>Ein Text.</p>"
				+ "<div class=\"post__comments\"><span>3. März 2019</span></div></article>");

		assertThat(dateLine.datePublished()).isEqualTo(LocalDate.of(2018, 1, 17));
		assertThat(text.datePublished()).isEqualTo(LocalDate.of(2018, 1, 17));
		assertThat(comments.datePublished()).isNull();
	}

	@Test
	void aForumsFirstPostDatesTheThreadWhereItsPostsAreClassedAsComments() {
		ExtractedPage thread = extract("<h1>Kein App Store über mobile Daten</h1><div class=\"Comment\"><span class=\""
				+ "CommentTime\"><span>28.09.2019</span> <span>12:44</span></span><div class=\"CommentText\">Hallo, hat "
				+ "jemand eine Idee, was ich anders machen könnte? Seit dem Update sehe ich auf allen Geräten nur eine "
				+ "leere Seite.</div></div><div class=\"Comment\"><span class=\"CommentTime\">29.09.2019</span></div>");
		ExtractedPage petition = extract("<h1>Stoppt die Verstümmelung</h1><p>Wir fordern ein Verbot, und zwar sofort "
				+ "und überall: Tausende Tiere leiden jedes Jahr, ohne dass jemand etwas dagegen unternimmt.</p>"
				+ "<div class=\"comments\"><div class=\"comment\">Jeanne - Le 14/03/2021 à 09:15:27</div></div>");

		assertThat(thread.datePublished()).isEqualTo(LocalDate.of(2019, 9, 28));
		assertThat(petition.datePublished()).isNull();
	}

	@Test
	void aDateLineSettingPartOfItsDateInALinkIsReadWhole() {
		ExtractedPage page = extract("<h2>Apfelstrudel</h2><p class=\"postmetadata\">5.<a href=\"/date/2011/11/\">November "
				+ "2011</a> um 10:12 &middot; <a href=\"/category/rezepte\">Rezepte</a></p><p>Ein Text.</p>"
				+ "<p>3. März 2019</p>");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2011, 11, 5));
	}

}
