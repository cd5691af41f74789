package news.ingest.extract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTest {

	private static final ArticleExtractor extractor = ExtractFixtures.EXTRACTOR;

	private static final Instant FETCHED_AT = Instant.parse("2025-07-30T08:00:00Z");

	private static final String PAGE_URL = "https://news.example.org/2024/article";

	private static ExtractedPage extract(String fixture) {
		return extract(fixture, null);
	}

	private static ExtractedPage extract(String fixture, String headerCharset) {
		return extractor.extract(ExtractFixtures.bytes(fixture), headerCharset, PAGE_URL, FETCHED_AT);
	}

	/** A page written in the test, as UTF-8 bytes without a header charset. */
	private static ExtractedPage extractHtml(String html, String pageUrl) {
		return extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, pageUrl, FETCHED_AT);
	}

	@Nested
	class Metadata {

		@Test
		void jsonLdArticleInGraphWinsOverMetaTags() {
			ExtractedPage page = extract("jsonld-graph-article.html");

			assertThat(page.title()).isEqualTo("Harbour bridge reopens after repairs");
			assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
			assertThat(page.siteName()).isEqualTo("The Coastal Courier");
			assertThat(page.language()).isEqualTo("en");
			assertThat(page.canonicalUrl()).isEqualTo("https://news.example.org/local/harbour-bridge-reopens");
		}

		@Test
		void jsonLdPersonAuthorsAreListedWithoutOrganizations() {
			assertThat(extract("jsonld-graph-article.html").authors()).containsExactly("Maria Lindqvist",
					"Tom Okafor");
		}

		@Test
		void blogNameInTheH1GivesWayToTheHeadlineBesideItInTheTitle() {
			String html = "<html><head><title>Island Notes » Blog Archive » Ferry line opens in May</title></head>"
					+ "<body><h1>Island Notes</h1><h3>Ferry line opens in May</h3><p>The new ferry line between the "
					+ "islands opens in May, the harbour office said on Monday.</p></body></html>";
			ExtractedPage page = extractHtml(html, "https://islandnotes.example.net/2024/ferry");

			assertThat(page.title()).isEqualTo("Ferry line opens in May");
		}

		@Test
		void siteNameInAnH1LinkingHomeGivesWayToTheHeadlineBeforeItInTheTitle() {
			String html = "<html><head><title>Ferry line opens in May : Island Notes | Since 2005 | Vol. 6</title>"
					+ "</head><body><h1><a href=\"/\">Island Notes</a></h1><p>The new ferry line between the "
					+ "islands opens in May, the harbour office said on Monday.</p></body></html>";
			ExtractedPage page = extractHtml(html, "https://islandnotes.example.net/2024/ferry");

			assertThat(page.title()).isEqualTo("Ferry line opens in May");
		}

		@Test
		void theLogosHeadingIsTheSiteNameAlsoAsAnH2ClassedAsTheHomeLinkOrLinkingToTheHostWithoutSlash() {
			// The <title> gives the site's name beside the headline; a page without <title> is headed by an <h2>.
			String homeLinkClass = "<html><head><title>Word Daily --gallimaufry</title></head><body><table><tr><td>"
					+ "<h2><a href=\"/wd/\" class=\"homelink_wd\">Word Daily</a></h2></td></tr></table>"
					+ "<h3>gallimaufry</h3><p>A jumble or medley, from the French word for a dish of leftover meats, "
					+ "as the editor wrote on Monday.</p></body></html>";
			String hostWithoutSlash = "<html><head><title></title></head><body><h1><a href=\"https://islandnotes"
					+ ".example.net\">Island Notes - Colours of the Coast</a></h1><div id=\"content\"><h2><a href=\""
					+ "/ferry\">Ferry line opens in May</a></h2><p>The new ferry line between the islands opens in "
					+ "May, the harbour office said on Monday.</p></div></body></html>";

			assertThat(extractHtml(homeLinkClass, "https://words.example.net/words/gallimaufry.html").title())
				.isEqualTo("gallimaufry");
			assertThat(extractHtml(hostWithoutSlash, "https://islandnotes.example.net/").title())
				.isEqualTo("Ferry line opens in May");
		}

		@Test
		void anH2StandsForAJsonLdTitleThatIsTheSiteNameButNotForASocialTitleThatIsIt() {
			String head = "<html><head><title>Harbour Report</title><meta property=\"og:site_name\" "
					+ "content=\"Harbour Report\">";
			String body = "</head><body><h2>Live ticker</h2><p>The regatta starts at ten, the harbour office said on "
					+ "Monday; the ferries keep their timetable.</p></body></html>";
			String jsonLd = "<script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"name\": "
					+ "\"Harbour Report\"}</script>";
			String social = "<meta property=\"og:title\" content=\"Harbour Report\">";

			assertThat(extractHtml(head + jsonLd + body, PAGE_URL).title()).isEqualTo("Live ticker");
			assertThat(extractHtml(head + social + body, PAGE_URL).title()).isEqualTo("Harbour Report");
		}

		@Test
		void aJsonLdAuthorEqualToTheSiteNameIsThePersonOfAPersonalSiteButNoBrand() {
			String body = "</head><body><h1>Porridge with apples</h1><p>Warm the oats in milk for five minutes, "
					+ "then stir in the grated apple and a pinch of cinnamon before serving.</p></body></html>";

			assertThat(extractHtml(siteAuthoredBy("Jane Doe") + body, PAGE_URL).authors()).containsExactly("Jane Doe");
			assertThat(extractHtml(siteAuthoredBy("COOK BETTER") + body, PAGE_URL).authors()).isEmpty();
			assertThat(extractHtml(siteAuthoredBy("Acme Kochmagazin") + body, PAGE_URL).authors()).isEmpty();
		}

		@Test
		void aJsonLdAuthorNamedAsItsPublishingOrganisationAndWrittenAsABrandIsNoAuthor() {
			String body = "</head><body><h1>Ferry timetable changes</h1><p>From Monday the morning ferry leaves ten "
					+ "minutes earlier, and the last crossing of the day moves to half past nine.</p></body></html>";

			assertThat(extractHtml(publishedBy("The Harbour Gazette", "The Harbour Gazette") + body, PAGE_URL).authors())
				.isEmpty();
			assertThat(extractHtml(publishedBy("HarbourGazette2", "Harbour Gazette") + body, PAGE_URL).authors())
				.isEmpty();
			assertThat(extractHtml(publishedBy("Jane Doe", "Jane Doe") + body, PAGE_URL).authors())
				.containsExactly("Jane Doe");
		}

		private static String publishedBy(String author, String publisher) {
			return "<html><head><title>Ferry timetable changes</title><script type=\"application/ld+json\">"
					+ "{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", \"name\": \"" + author
					+ "\"}, \"publisher\": {\"@type\": \"Organization\", \"name\": \"" + publisher + "\"}}</script>";
		}

		private static String siteAuthoredBy(String name) {
			return "<html><head><title>Porridge</title><meta property=\"og:site_name\" content=\"" + name + "\">"
					+ "<script type=\"application/ld+json\">{\"@type\": \"Recipe\", \"author\": \"" + name
					+ "\"}</script>";
		}

		@Test
		void aLongBodyInAnotherLanguageOverrulesTheThemesDeclaration() {
			String german = "<p>Der Gemeinderat hat am Montagabend über den Haushalt für das kommende Jahr beraten. "
					+ "Die Mehrheit der Fraktionen stimmte dem Entwurf des Bürgermeisters zu, nachdem die Verwaltung "
					+ "die geplanten Ausgaben für den neuen Hafen noch einmal deutlich gekürzt hatte.</p><p>Vor allem "
					+ "die Sanierung der Schulen und der Ausbau der Radwege sollen in den nächsten Monaten beginnen. "
					+ "Die Opposition kritisierte, dass die Gebühren für die Kindergärten trotzdem steigen werden und "
					+ "die Stadt keine Rücklagen mehr für schlechte Zeiten bilden kann.</p><p>Der Kämmerer erklärte, "
					+ "dass die Einnahmen aus der Gewerbesteuer im vergangenen Jahr stärker gesunken seien als "
					+ "erwartet. Man müsse daher bei den freiwilligen Leistungen sparen, auch wenn das vielen Vereinen "
					+ "wehtue. Die Bürgerinnen und Bürger können den Haushaltsplan ab der nächsten Woche im Rathaus "
					+ "einsehen und bis zum Ende des Monats schriftlich Einwände erheben. Über diese Einwände "
					+ "entscheidet der Rat dann in seiner nächsten Sitzung im Frühjahr.</p><p>Im Anschluss an die "
					+ "Sitzung trafen sich die Fraktionsvorsitzenden noch zu einem Gespräch über den Stellenplan der "
					+ "Verwaltung, der im Herbst beraten werden soll.</p>";
			String declaredEnglish = "<html lang=\"en-US\"><head><title>Haushalt beschlossen</title></head><body>"
					+ "<h1>Haushalt beschlossen</h1>" + german + "</body></html>";
			String declaredGerman = declaredEnglish.replace("en-US", "de-DE");

			ExtractedPage overruled = extractHtml(declaredEnglish, PAGE_URL);
			assertThat(overruled.language()).isEqualTo("de");
			assertThat(overruled.sources()).containsEntry("language", "detected");
			ExtractedPage kept = extractHtml(declaredGerman, PAGE_URL);
			assertThat(kept.language()).isEqualTo("de");
			assertThat(kept.sources()).containsEntry("language", "html lang");
			// A short body is no evidence against the declaration.
			String shortPage = "<html lang=\"en-US\"><head><title>Haushalt</title></head><body><h1>Haushalt</h1>"
					+ "<p>Der Gemeinderat hat am Montagabend über den Haushalt beraten und ihn beschlossen.</p>"
					+ "</body></html>";
			assertThat(extractHtml(shortPage, PAGE_URL).language()).isEqualTo("en");
		}

		@Test
		void aHostNameOrASlugInTheMetadataIsNoTitle() {
			String body = "</head><body><p>The new ferry line between the islands opens in May, the harbour office "
					+ "said on Monday.</p></body></html>";
			String dublinCore = "<html><head><title>Ferry line opens in May</title>"
					+ "<meta name=\"DC.title\" content=\"islandnotes.example.net\">";
			String slug = "<html><head><title>Ferry line opens in May</title>"
					+ "<meta property=\"og:title\" content=\"ferry-line-opens-2024\">";

			assertThat(extractHtml(dublinCore + body, PAGE_URL).title()).isEqualTo("Ferry line opens in May");
			assertThat(extractHtml(slug + body, PAGE_URL).title()).isEqualTo("Ferry line opens in May");
		}

		@Test
		void aScriptApplicationsPackageNameAsTheDocumentTitleIsNoTitle() {
			String html = "<html><head><title>harbour-news-frontend</title></head><body><div id=\"app\"></div>"
					+ "<p>The new ferry line between the islands opens in May, the harbour office said on Monday.</p>"
					+ "</body></html>";

			assertThat(extractHtml(html, PAGE_URL).title()).isNull();
		}

		@Test
		void aSocialTitleLosesTheBlogsNameTheH1Shows() {
			String html = "<html><head><title>Ferry line opens in May - Harbour Notes</title>"
					+ "<meta property=\"og:title\" content=\"Ferry line opens in May - Harbour Notes\"></head>"
					+ "<body><div id=\"title-banner\">"
					+ "<h1>Harbour Notes</h1></div><div class=\"entry\"><h3>Ferry line opens in May</h3><p>The new "
					+ "ferry line between the islands opens in May, the harbour office said on Monday.</p></div>"
					+ "</body></html>";

			assertThat(extractHtml(html, PAGE_URL).title()).isEqualTo("Ferry line opens in May");
		}

		@Test
		void aLoadingPlaceholderIsNoHeadline() {
			String html = "<html><head><title>Ferry line opens in May</title></head><body><h1>Loading…</h1>"
					+ "<p>The new ferry line between the islands opens in May, the harbour office said on Monday."
					+ "</p></body></html>";

			assertThat(extractHtml(html, PAGE_URL).title()).isEqualTo("Ferry line opens in May");
		}

		@Test
		void titleIsInUnicodeComposedForm() {
			String html = "<html><head><title>Cafe\u0301 on the pier reopens</title></head><body><h1>Cafe\u0301 on the "
					+ "pier reopens</h1><p>The café on the pier reopens on Friday after the winter storms.</p></body></html>";
			ExtractedPage page = extractHtml(html, PAGE_URL);

			assertThat(page.title()).isEqualTo("Caf\u00e9 on the pier reopens");
		}

		@Test
		void organizationAuthorIsUsedWhenNoPersonIsNamed() {
			ExtractedPage page = extract("organization-author.html");

			assertThat(page.authors()).containsExactly("Valley Times Staff");
			assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-02-10T00:00:00Z"));
		}

		@Test
		void openGraphAndMetaTagsAreUsedWithoutJsonLd() {
			ExtractedPage page = extract("opengraph-article.html");

			assertThat(page.title()).isEqualTo("Rail strike called off at the last minute");
			assertThat(page.siteName()).isEqualTo("The Morning Ledger");
			assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-04-18T21:45:00Z"));
			assertThat(page.canonicalUrl()).isEqualTo("https://ledger.example.com/2024/04/rail-strike-called-off");
		}

		@Test
		void authorMetaIsCleanedAndSplitWhileProfileUrlsAreIgnored() {
			assertThat(extract("opengraph-article.html").authors()).containsExactly("Jane Doe", "John Roe");
		}

		@Test
		void documentTitleLosesItsSiteSuffix() {
			assertThat(extract("title-only.html").title()).isEqualTo("Library extends weekend opening hours");
		}

		@Test
		void documentTitleIsFoundWhereServerWarningsPushedItIntoTheBody() {
			String html = "<b>Warning</b>: mysql_connect() failed<br><!DOCTYPE html><html><head>"
					+ "<title>Library extends weekend opening hours | City Blog</title></head><body>"
					+ "<svg><title>Search icon</title></svg><p>The library opens on Sundays from May.</p></body></html>";

			ExtractedPage page = extractHtml(html, PAGE_URL);

			assertThat(page.title()).isEqualTo("Library extends weekend opening hours");
		}

		@Test
		void bylineMarkupLosesSharingWidgetWords() {
			assertThat(extract("title-only.html").authors()).containsExactly("Anna Berg");
		}

		@Test
		void timeElementGivesTheDateWhenNothingElseDoes() {
			assertThat(extract("title-only.html").publishedAt()).isEqualTo(Instant.parse("2023-11-02T00:00:00Z"));
		}

		@Test
		void publicationDatesAfterTheFetchAreRejected() {
			assertThat(extract("future-date.html").publishedAt()).isNull();
		}

		@Test
		void aRejectedFutureDateFallsBackToTheNextSource() {
			assertThat(extract("fallback-date.html").publishedAt()).isEqualTo(Instant.parse("2024-05-15T09:20:00Z"));
		}

		@Test
		void aSavedPageIsDatedByItsCanonicalUrlAsItsWebAddressWouldDateIt() {
			String html = "<html><head><title>Council votes on the new budget</title>"
					+ "<link rel=\"canonical\" href=\"https://news.example.org/2024/06/11/council-budget\"></head>"
					+ "<body><article><h1>Council votes on the new budget</h1>"
					+ "<p>The council approved the budget after a long debate on Tuesday evening in the town hall.</p>"
					+ "</article></body></html>";
			assertThat(extractHtml(html, "file:///tmp/pages/council.html").publishedAt())
				.isEqualTo(Instant.parse("2024-06-11T00:00:00Z"));
			assertThat(extractHtml(html, "https://mirror.example.net/council").publishedAt())
				.as("a page fetched from a web address is dated by that address").isNull();
		}

	}

	@Nested
	class Charset {

		@Test
		void metaCharsetDecodesWindows1251() {
			ExtractedPage page = extract("charset-windows-1251.html");

			assertThat(page.title()).isEqualTo("Городской парк откроется после реконструкции");
			assertThat(page.body()).contains("Городской парк снова откроется для посетителей в субботу");
		}

		@Test
		void httpEquivDecodesIso88591() {
			ExtractedPage page = extract("charset-iso-8859-1.html");

			assertThat(page.title()).isEqualTo("El ayuntamiento amplía el horario de la biblioteca");
			assertThat(page.body()).contains("abrirá también los domingos a partir del próximo mes");
		}

		@Test
		void headerCharsetWinsOverSniffing() {
			// The page claims UTF-8, but the server knows better.
			byte[] latin1 = ("<html><head><meta charset=\"utf-8\"></head><body>"
					+ "<p>Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e is served on the terrace every afternoon.</p></body></html>")
				.getBytes(StandardCharsets.ISO_8859_1);

			ExtractedPage page = extractor.extract(latin1, "ISO-8859-1", PAGE_URL, FETCHED_AT);

			assertThat(page.body()).contains("Café crème brûlée");
		}

		@Test
		void unknownHeaderCharsetFallsBackToSniffing() {
			ExtractedPage page = extractor.extract(ExtractFixtures.bytes("charset-windows-1251.html"), "x-no-such-charset",
					PAGE_URL, FETCHED_AT);

			assertThat(page.title()).startsWith("Городской парк");
		}

	}

	@Nested
	class Language {

		@Test
		void declaredHtmlLangWinsOverDetection() {
			assertThat(extract("declared-language.html").language()).isEqualTo("fr");
		}

		@Test
		void regionalTagIsReducedToTwoLetters() {
			assertThat(extract("opengraph-article.html").language()).isEqualTo("en");
		}

		@Test
		void undeclaredLanguageIsDetectedFromTheBody() {
			assertThat(extract("undeclared-language.html").language()).isEqualTo("de");
		}

	}

	@Nested
	class Body {

		@Test
		void keepsArticleParagraphsAndSubheadings() {
			assertThat(extract("furniture-article.html").body()).isEqualTo("""
					A new ferry line between the two largest islands began service on Monday, cutting the crossing \
					time from three hours to just under ninety minutes.

					The operator said the vessel can carry four hundred passengers and sixty cars, and that it will \
					sail four times a day during the summer season.

					Tickets and timetable

					Tickets are on sale at both harbours and online, with discounts for residents, students and \
					pensioners who register in advance.""");
		}

		@Test
		void leavesOutNavigationRelatedNewsletterCommentsAndFooter() {
			assertThat(extract("furniture-article.html").body()).doesNotContain("Sport", "Weather", "Home",
					"Harbour works delayed", "Related", "morning briefing", "Sign up", "Finally!", "Most read",
					"All rights reserved", "cookies", "Share on", "Ola Nordmann", "north harbour", "route map");
		}

		@Test
		void headlineIsNotRepeatedInTheBody() {
			assertThat(extract("furniture-article.html").body()).doesNotContain("New ferry line links the islands");
		}

		@Test
		void theJsonLdArticleBodyStandsInForAPageThatShowsOnlyItsLead() {
			String lead = "The harbour office named a new director on Monday; she takes office early in January.";
			String rest = "She ran the port of a neighbouring town for ten years and rebuilt its ferry terminal. "
					+ "Her first task is the new timetable, which the island councils have awaited since spring.";
			String html = "<html><head><title>New harbour director</title><script type=\"application/ld+json\">"
					+ "{\"@type\": \"NewsArticle\", \"headline\": \"New harbour director\", \"articleBody\": "
					+ "\"<p>" + rest + "</p><p>" + rest.replace("ten", "twelve") + "</p><p>" + rest.replace("ten", "six")
					+ "</p><p>" + rest.replace("ten", "eight") + "</p>\"}</script></head><body><h1>New harbour director"
					+ "</h1><p>" + lead + "</p><div id=\"app\"></div></body></html>";

			String body = extractHtml(html, PAGE_URL).body();

			assertThat(body).startsWith(lead + "\n\nShe ran the port").contains("for twelve years")
				.endsWith("since spring.");
		}

		@Test
		void aJsonLdArticleBodyNoLongerThanThePageTextLeavesItAlone() {
			String text = "The harbour office named a new director on Monday; she takes office in January and ran "
					+ "the port of a neighbouring town for ten years.";
			String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
					+ "\"articleBody\": \"Declared: " + text + "\"}</script></head><body><article><p>" + text
					+ "</p></article></body></html>";

			assertThat(extractHtml(html, PAGE_URL).body()).isEqualTo(text);
		}

		@Test
		void emptyPageGivesEmptyBody() {
			ExtractedPage page = extract("empty.html");

			assertThat(page.body()).isEmpty();
			assertThat(page.title()).isNull();
			assertThat(page.language()).isNull();
		}

		@Test
		void noBytesGiveAnEmptyPage() {
			ExtractedPage page = extractor.extract(new byte[0], null, PAGE_URL, FETCHED_AT);

			assertThat(page.body()).isEmpty();
			assertThat(page.authors()).isEmpty();
		}

	}

}
