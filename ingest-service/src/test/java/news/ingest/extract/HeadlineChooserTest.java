package news.ingest.extract;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineChooserTest {

	private final HeadlineChooser chooser = new HeadlineChooser();

	private String choose(String body, List<String> metaTitles, String documentTitle) {
		Document page = Jsoup.parse("<html><body>" + body + "</body></html>", "https://www.example.org/");
		return this.chooser.choose(PageElements.of(page), metaTitles, documentTitle, null,
				"https://www.example.org/news/1");
	}

	private String chooseOnPage(String html, List<String> metaTitles, String documentTitle, String siteName,
			String pageUrl) {
		return this.chooser.choose(PageElements.of(Jsoup.parse(html, pageUrl)), metaTitles, documentTitle, siteName,
				pageUrl);
	}

	@Nested
	class Navigation {

		@Test
		void themeClassesOfBodyAndHtmlDoNotMakeTheHeadlineNavigation() {
			String html = "<html class=\"html_header_top html_menu_left\"><body class=\"single cb-menu-light "
					+ "cb-nav-logo-on\"><main><h1>Ferry line opens in May</h1></main></body></html>";

			assertThat(chooseOnPage(html, List.of("Ferry line opens on the islands in May"), null, null,
					"https://www.example.org/news/1"))
				.isEqualTo("Ferry line opens in May");
		}

		@Test
		void breadcrumbH1ThatIsADeclaredTitleWordForWordIsTheHeadline() {
			String body = "<ol class=\"breadcrumb\"><li><a href=\"/region\">Region</a></li><li><h1>Harbour festival: "
					+ "Second seaplane close to approval</h1></li></ol><article><h2><span>Harbour festival</span> "
					+ "Second seaplane close to approval</h2></article>";

			assertThat(choose(body, List.of("Harbour festival: Second seaplane close to approval"), null))
				.isEqualTo("Harbour festival: Second seaplane close to approval");
		}

		@Test
		void aHiddenEditLinkInTheHeadingIsNoPartOfTheHeadline() {
			String body = "<main><h1><span>Ferry line opens in May <a href=\"/editor/42\" style=\"display: none\">"
					+ "Open in editor</a></span></h1><p>The ferry runs from May.</p></main>";

			assertThat(choose(body, List.of("Ferry line opens in May"), null)).isEqualTo("Ferry line opens in May");
		}

		@Test
		void screenReaderTextForAnIconInTheHeadingIsNoPartOfTheHeadline() {
			String body = "<main><h1><a href=\"/acme\">Acme Ferries</a><span class=\"badges\"><span class=\"icon\">"
					+ "<span class=\"u-hiddenVisually\">Verified account</span></span></span></h1><p>Ferries.</p></main>";

			assertThat(choose(body, List.of(), null)).isEqualTo("Acme Ferries");
		}

		@Test
		void headingsOfTheElementNamedSidebarAreNoHeadlines() {
			String body = "<div id=\"sidebar\"><div class=\"panel\"><h1>Page</h1><ul><li>Edit</li></ul></div>"
					+ "<div class=\"panel\"><h1>User</h1></div></div><div id=\"page\"><h2>Installing the tools</h2>"
					+ "<p>First fetch the installer.</p></div>";

			assertThat(choose(body, List.of("Guide/Install - Example Wiki"), "Guide/Install - Example Wiki")).isNull();
			// A class "sidebar" on the wrapper marks a layout with a sidebar, not the sidebar.
			String layout = "<div class=\"main sidebar\"><article><h1>Installing the tools</h1></article></div>";
			assertThat(choose(layout, List.of("Tools"), "Tools")).isEqualTo("Installing the tools");
		}

		@Test
		void carouselSlidesAreNoHeadlines() {
			String body = "<div class=\"carousel slide\"><div class=\"item active\"><h1>Pictures of Bavaria</h1></div>"
					+ "<div class=\"item\"><h1>Bilder aus Bayern</h1></div></div><main><p>Our photos</p></main>";

			assertThat(choose(body, List.of("photo-bavaria"), "photo-bavaria")).isNull();
			assertThat(choose(body.replace("carousel slide", "intro"), List.of("photo-bavaria"), "photo-bavaria"))
				.isEqualTo("Pictures of Bavaria");
		}

		@Test
		void aHeadingOutsideTheTrailShowingADeclaredTitleWholeBeatsTheTrailsH1() {
			// The trail repeats the <title>; the article is headed by its og:title.
			String body = "<div class=\"js-breadcrumbs\"><span><h1>Second seaplane close to approval for harbour "
					+ "festival</h1></span></div><article><h2>Harbour festival: Second seaplane close to approval</h2>"
					+ "</article>";

			assertThat(choose(body, List.of("Second seaplane close to approval for harbour festival",
					"Harbour festival: Second seaplane close to approval"),
					"Second seaplane close to approval for harbour festival"))
				.isEqualTo("Harbour festival: Second seaplane close to approval");
		}

		@Test
		void theArticlesMarkedHeadlineBeatsTheTrailsH1() {
			// The trail repeats the <title>; the article header marks its headline on a <div>, kicker in a span.
			String body = "<div id=\"breadcrumb\"><ul><li><a href=\"/law\">Law</a></li><li><h1>Sick child: What "
					+ "employers must know</h1></li></ul></div><article><header><div itemprop=\"headline\"><span>Sick "
					+ "child</span> What employers must know about the rights of parents</div></header><p>Text</p>"
					+ "</article>";
			List<String> titles = List.of("Sick child? What employers must know now",
					"Sick child: What employers must know | Example");

			assertThat(choose(body, titles, "Sick child: What employers must know | Example"))
				.isEqualTo("What employers must know about the rights of parents");
		}

		@Test
		void aMarkedTeaserHeadlineTheMetadataDoesNotConfirmLeavesTheTrailsH1() {
			String body = "<div id=\"breadcrumb\"><ul><li><h1>Sick child: What employers must know</h1></li></ul>"
					+ "</div><aside><div itemprop=\"headline\">Holiday pay explained</div></aside><article>"
					+ "<div itemprop=\"headline\">Ten tips for the home office</div><p>Text</p></article>";

			assertThat(choose(body, List.of("Sick child: What employers must know"),
					"Sick child: What employers must know"))
				.isEqualTo("Sick child: What employers must know");
		}

		@Test
		void breadcrumbH1ThatOnlyResemblesADeclaredTitleStaysNavigation() {
			String body = "<ol class=\"breadcrumb\"><li><h1>Second seaplane close to approval</h1></li></ol>"
					+ "<article><h2>Harbour festival: Second seaplane close to approval</h2></article>";

			assertThat(choose(body, List.of("Harbour festival: Second seaplane close to approval"), null))
				.isEqualTo("Harbour festival: Second seaplane close to approval");
		}

	}

	@Nested
	class SiteNames {

		@Test
		void aHeadingLinkingHomeIsNeverTheHeadline() {
			String body = "<h1><a href=\"/\">Salsa Figures - Dance in Berlin</a></h1><h2>Enchufla</h2>";

			assertThat(choose(body, List.of("Enchufla Figures - Salsa Figures - Dance in Berlin"),
					"Enchufla Figures - Salsa Figures - Dance in Berlin"))
				.isNull();
		}

		@Test
		void aLinkToTheHostWithoutPathLinksHome() {
			Document page = Jsoup.parse("<h1><a href=\"https://www.example.org\">Example</a></h1>"
					+ "<h2><a href=\"https://www.example.org?page=2\">Older posts</a></h2>", "https://www.example.org/");

			assertThat(HeadlineChooser.linksHome(page.selectFirst("h1"))).isTrue();
			assertThat(HeadlineChooser.linksHome(page.selectFirst("h2"))).isFalse();
		}

		@Test
		void aHeadingInsideALinkHomeIsTheLogo() {
			Document page = Jsoup.parse("<a href=\"/\"><h1>Harbour Media</h1></a>"
					+ "<a href=\"/news/ferry\"><h2>Ferry line opens in May</h2></a>", "https://www.example.org/");

			assertThat(HeadlineChooser.linksHome(page.selectFirst("h1"))).isTrue();
			assertThat(HeadlineChooser.linksHome(page.selectFirst("h2"))).isFalse();
		}

		@Test
		void aLinkClassedAsTheHomeLinkLinksHome() {
			Document page = Jsoup.parse("<h2><a href=\"/daily/\" class=\"homelink_daily\">Word Daily</a></h2>"
					+ "<h2><a href=\"/daily/\" class=\"home-link\">Word Daily</a></h2>", "https://www.example.org/");

			assertThat(page.select("h2")).allMatch(HeadlineChooser::linksHome);
		}

	}

	@Nested
	class TitlesThatAreTheSiteName {

		private static final String PAGE = "<nav class=\"breadcrumbs\"><h1>Submissions</h1></nav><div class=\"page\">"
				+ "<h2>Digital Review</h2><h2>Checklist for submissions</h2><h2>Author guidelines</h2></div>";

		private String insteadOf(String title, String documentTitle, String siteName) {
			Document page = Jsoup.parse("<html><body>" + PAGE + "</body></html>", "https://journals.example.org/");
			return HeadlineChooserTest.this.chooser.insteadOfSiteName(title, PageElements.of(page),
					List.of(documentTitle), documentTitle, siteName, "https://journals.example.org/review/submissions");
		}

		@Test
		void theFirstH2OutsideTheSidebarStandsForAWikisPagePath() {
			Document page = Jsoup.parse("<div id=\"sidebar\"><h1>Page</h1><h1>User</h1></div><div id=\"page\">"
					+ "<h2>Installing the tools</h2><h3>Windows</h3></div>", "https://wiki.example.org/");
			String title = "Guide/InstallTools - Example Wiki";

			assertThat(HeadlineChooserTest.this.chooser.insteadOfSiteName("Guide/InstallTools", PageElements.of(page),
					List.of(title), title, null, "https://wiki.example.org/Guide/InstallTools"))
				.isEqualTo("Installing the tools");
			assertThat(HeadlineChooserTest.this.chooser.insteadOfSiteName("AC/DC", PageElements.of(page),
					List.of("AC/DC - Example Wiki"), "AC/DC - Example Wiki", null, "https://wiki.example.org/AC_DC"))
				.isNull();
		}

		@Test
		void theFirstH2StandsForATitleThatIsTheSiteName() {
			assertThat(insteadOf("Digital Review", "Submissions | Digital Review", null))
				.isEqualTo("Checklist for submissions");
			assertThat(insteadOf("digital review", "Submissions", "Digital Review"))
				.isEqualTo("Checklist for submissions");
		}

		@Test
		void anyOtherTitleStays() {
			assertThat(insteadOf("Submissions", "Submissions | Digital Review", null)).isNull();
			assertThat(insteadOf("Submissions", "Submissions", "Digital Review")).isNull();
			// The site's name first: the last segment is the headline.
			assertThat(insteadOf("Digital Review", "Example Journals | Digital Review", null)).isNull();
		}

		@Test
		void aTitleThatIsTheHostsNameAndADanglingSeparatorIsTheSiteName() {
			// The main column of a page without a submenu says so (no-sub-nav); it is no menu.
			Document page = Jsoup.parse("<html><body><div class=\"container no-sub-nav\"><h1></h1><h2>Replacement "
					+ "buses on the coast line</h2><h2>Station information</h2></div><div class=\"footer\"><h2>Tickets"
					+ "</h2></div></body></html>", "https://www.islandrail.example/");

			assertThat(HeadlineChooserTest.this.chooser.insteadOfSiteName("Island Rail Enquiries",
					PageElements.of(page), List.of("Island Rail Enquiries -"), "Island Rail Enquiries -", null,
					"https://www.islandrail.example/disruptions/1"))
				.isEqualTo("Replacement buses on the coast line");
			// A headline whose site part is empty stays.
			assertThat(HeadlineChooserTest.this.chooser.insteadOfSiteName("Heated jackets tested",
					PageElements.of(page), List.of("Heated jackets tested -"), "Heated jackets tested -", null,
					"https://www.islandrail.example/disruptions/1"))
				.isNull();
		}

		@Test
		void aPageWithoutH1OrH2NamedAfterItsHostIsHeadedByAnH4() {
			Document page = Jsoup.parse("<html><body><ul class=\"menu\"><li><h4>Services</h4></li></ul><div class=\"col\">"
					+ "<h3><a href=\"/2021/\">Archive</a></h3><p>2021-10-16 | Notice<br><h4>Open day at the mosque on "
					+ "Saturday</h4></p><p>Text</p></div></body></html>", "https://www.riverunion.example/");
			String title = "RiverUnion Association of Mosques e.V.";

			assertThat(HeadlineChooserTest.this.chooser.insteadOfSiteName(title, PageElements.of(page), List.of(title),
					title, null, "https://www.riverunion.example/news/open-day"))
				.isEqualTo("Open day at the mosque on Saturday");
			// A <title> not opening with the host's name is the page's own.
			String headline = "Open day at RiverUnion";
			assertThat(HeadlineChooserTest.this.chooser.insteadOfSiteName(headline, PageElements.of(page),
					List.of(headline), headline, null, "https://www.riverunion.example/news/open-day"))
				.isNull();
		}

		@Test
		void aSiteNameThatAnH1ShowsIsTheHeadline() {
			Document page = Jsoup.parse("<html><body><h1>Halls too full</h1><h2>More from us</h2></body></html>",
					"https://www.example.org/");

			assertThat(HeadlineChooserTest.this.chooser.insteadOfSiteName("Halls too full", PageElements.of(page),
					List.of("Halls too full"), "Halls too full", "Halls too full", "https://www.example.org/a"))
				.isNull();
		}

	}

	@Nested
	class TeaserHeadings {

		@Test
		void firstH1SharingNoWordWithTheDeclaredHeadlineIsNoFallback() {
			String body = "<h1>Licence-fee funded downplaying</h1><p>Broadcaster leaves out the harbour protest</p>";

			assertThat(choose(body, List.of("Broadcaster leaves out the harbour protest"), null)).isNull();
		}

		@Test
		void firstH1ThatThePageAddressSpellsIsTheHeadlineThoughTheDeclaredOneIsAnotherArticles() {
			String html = "<html><body><h1>Always pack a spare umbrella on trips</h1><p>Text.</p></body></html>";
			List<String> titles = List.of("Gala evening for journalists");

			assertThat(chooseOnPage(html, titles, null, null,
					"https://www.example.org/2019/05/21/always-pack-a-spare-umbrella-on-trips/"))
				.isEqualTo("Always pack a spare umbrella on trips");
			assertThat(chooseOnPage(html, titles, null, null, "https://www.example.org/2019/05/21/gala-evening/"))
				.isNull();
		}

		@Test
		void aSlugWritesUmlautsEitherWay() {
			assertThat(UrlSlug.spells("https://www.example.de/news/muenchen-wird-gruener", "München wird grüner"))
				.isTrue();
			assertThat(UrlSlug.spells("https://www.example.de/news/munchen-wird-gruner.html", "München wird grüner"))
				.isTrue();
			assertThat(UrlSlug.spells("https://www.example.de/news/12345", "München wird grüner")).isFalse();
		}

		@Test
		void firstH1IsTheFallbackWhenOnlyTheDocumentTitleIsDeclared() {
			String body = "<h1>Ferry line opens in May</h1>";

			assertThat(choose(body, List.of("Island Post Online Edition"), "Island Post Online Edition"))
				.isEqualTo("Ferry line opens in May");
		}

		@Test
		void anH2ClassedAsThePageTitleIsTheFallbackWithoutAnH1() {
			String body = "<div class=\"sp-page-title\"><h2 class=\"sp-page-title-heading\">Good to know</h2></div>"
					+ "<main><h2>Beyond the usual: our service</h2></main>";
			List<String> titles = List.of("Outsourcing sales - different from others or good to know",
					"What sets us apart from competitors?");

			assertThat(choose(body, titles, "What sets us apart from competitors?")).isEqualTo("Good to know");
			assertThat(choose(body.replace("sp-page-title-heading", "heading"), titles,
					"What sets us apart from competitors?")).isNull();
		}

		@Test
		void anH2MarkedAsTheHeadlineIsTheFallbackWithoutAnH1WhenOnlyTheDocumentTitleIsDeclared() {
			String body = "<h2 itemprop=\"headline\">Write for the readers you want</h2><h2>Related posts</h2>";

			assertThat(choose(body, List.of("Writing style - Acme Web Design"), "Writing style - Acme Web Design"))
				.isEqualTo("Write for the readers you want");
			assertThat(choose(body, List.of("Writing style", "Writing style - Acme"), "Writing style - Acme")).isNull();
			assertThat(choose("<h2>Write for the readers you want</h2>", List.of("Writing style - Acme"),
					"Writing style - Acme"))
				.isNull();
		}

		@Test
		void anElementClassedAsTheHeadlineIsTheFallbackWithoutHeadingsWhenOnlyTheDocumentTitleIsDeclared() {
			String body = "<ul class=\"nav-headline\"><li>Shop</li></ul><a href=\"/more\"><div class=\"headline\">"
					+ "Other article</div></a><h2 class=\"o-headline\"><span class=\"o-headline__main\">Contact</span>"
					+ "</h2><div class=\"l-headline\"><span>Tidy up your wardrobe in a day</span></div><p>Text</p>";

			assertThat(choose(body, List.of("Magic Cleaning | Shop Magazine"), "Magic Cleaning | Shop Magazine"))
				.isEqualTo("Tidy up your wardrobe in a day");
			assertThat(choose(body, List.of("Magic cleaning tips", "Magic Cleaning | Shop Magazine"),
					"Magic Cleaning | Shop Magazine"))
				.isNull();
		}

	}

	@Nested
	class HiddenHeadings {

		@Test
		void screenReaderHeadingIsNotTheHeadline() {
			String body = "<h1 class=\"aural\">Navigation and service</h1><main><h1>Ferry line opens in May</h1></main>";

			assertThat(choose(body, List.of("Ferry line opens in May"), null)).isEqualTo("Ferry line opens in May");
		}

		@Test
		void screenReaderHeadingIsNoFallbackEither() {
			String body = "<h1 class=\"sr-only\">Main menu</h1><h1>Harbour report</h1>";

			assertThat(choose(body, List.of(), null)).isEqualTo("Harbour report");
		}

	}

	@Nested
	class SiteNameInTheTitle {

		@Test
		void siteNameMayComeFirstWhenTheLastSegmentIsTheDeclaredHeadline() {
			String body = "<h1>Ferry line opens in May</h1>";
			String documentTitle = "ABC - Press releases - Ferry line opens in May";

			assertThat(choose(body, List.of("Ferry line opens in May", documentTitle), documentTitle))
				.isEqualTo("Ferry line opens in May");
		}

		@Test
		void siteNameMayComeFirstWhenAHeadingShowsTheLastSegment() {
			String body = "<h1>Save the radio choir of our city</h1>";
			String documentTitle = "Petition : Save the radio choir of our city";

			assertThat(choose(body, List.of(documentTitle, documentTitle), documentTitle))
				.isEqualTo("Save the radio choir of our city");
		}

		@Test
		void anArticleNamedAfterItsPublisherLeavesTheSiteNameLast() {
			String html = "<html><body><header class=\"article-header\"><h1>Ferry line opens in May</h1></header>"
					+ "<section class=\"widget\"><h1>Morning Mail</h1></section></body></html>";
			String documentTitle = "Ferry line opens in May | Island Post";

			assertThat(chooseOnPage(html, List.of("Ferry line opens in May", "Island Post", documentTitle),
					documentTitle, "Island Post", "https://www.ipnews.org/news/ferry-line"))
				.isEqualTo("Ferry line opens in May");
		}

		@Test
		void aBlogsNameInItsH1IsNoHeadlineWhereThePostHeadsItselfWithAnH3() {
			String body = "<div id=\"title-banner\"><h1>Harbour Notes</h1></div><div class=\"entry\">"
					+ "<h3>Ferry line opens in May</h3><p>The new ferry line opens in May.</p></div>";
			String documentTitle = "Ferry line opens in May - Harbour Notes";

			assertThat(choose(body, List.of(documentTitle, documentTitle), documentTitle)).isNull();
		}

		@Test
		void aLongSloganAfterTheHeadlineIsStillTheSiteName() {
			String body = "<h1>Wetsuit repair</h1>";
			String documentTitle = "Wetsuit repair - Point of Sail - Sails, surf and kite shop and repairs in Kiel";

			assertThat(choose(body, List.of(documentTitle), documentTitle)).isEqualTo("Wetsuit repair");
		}

		@Test
		void ofTwoEndsNamingTheHostTheShorterIsTheSiteName() {
			String html = "<html><body><h1>Happy Harbour Smoked Fish Box</h1></body></html>";
			String title = "Happy Harbour Smoked Fish Box - Happy Harbour Germany";

			assertThat(chooseOnPage(html, List.of("Happy Harbour Smoked Fish Box", title), title, null,
					"https://de.happyharbour.org/products/smoked-fish-box"))
				.isEqualTo("Happy Harbour Smoked Fish Box");
		}

		@Test
		void lastSegmentIsTheSiteNameOtherwise() {
			String body = "<h1>Island Post</h1><h2>Ferry line opens in May</h2>";
			String documentTitle = "Ferry line opens in May | Island Post";

			assertThat(choose(body, List.of(documentTitle), documentTitle)).isEqualTo("Ferry line opens in May");
		}

	}

	@Nested
	class Kickers {

		@Test
		void styledKickerIsLeftOut() {
			String body = "<h1><span>Olympics in Paris</span> Drinks delivered to the stadium by boat</h1>";

			assertThat(choose(body, List.of(), null)).isEqualTo("Drinks delivered to the stadium by boat");
		}

		@Test
		void aStyledFirstLineThatIsADeclaredTitleIsTheHeadlineNotAKicker() {
			String body = "<h1><strong>Ferry line opens.</strong><br> The islands get their own port at last.</h1>";

			assertThat(choose(body, List.of("Ferry line opens."), null)).isEqualTo("Ferry line opens.");
		}

		@Test
		void rubyReadingsAreLeftOutAndAnnotatedFirstCharactersAreNoKicker() {
			String body = "<h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を禁止する</h1>";

			assertThat(choose(body, List.of(), null)).isEqualTo("子どもへの体罰を禁止する");
		}

		@Test
		void subtitleInSmallPrintIsLeftOut() {
			String body = "<h1>Fish cakes, hot and fresh <small>A visit to the harbour market</small></h1>";

			assertThat(choose(body, List.of(), null)).isEqualTo("Fish cakes, hot and fresh");
		}

		@Test
		void aStyleBeforeTheKickerDoesNotHideIt() {
			String body = "<h1><style>.k{display:block}</style><span class=\"k\">Press release of the ministry"
					+ "</span>Vaccination stays possible everywhere until the end of February</h1>";

			assertThat(choose(body, List.of(), null))
				.isEqualTo("Vaccination stays possible everywhere until the end of February");
		}

		@Test
		void aKickerLongerThanTheHeadlineIsLeftOutWhenTheRestIsTheDeclaredTitle() {
			String body = "<h1><span>Press release of the Directorate of Health, Social Affairs and Integration :"
					+ "</span>Vaccination stays possible until March</h1>";

			assertThat(choose(body, List.of("Vaccination stays possible until March"), null))
				.isEqualTo("Vaccination stays possible until March");
			assertThat(choose(body, List.of("Vaccination stays possible"), null))
				.startsWith("Press release of the Directorate");
		}

		@Test
		void styledFirstWordOfTheSentenceStays() {
			String body = "<h1><span class=\"mark\">Feud</span> of the century escalates on live television</h1>";

			assertThat(choose(body, List.of(), null)).isEqualTo("Feud of the century escalates on live television");
		}

		@Test
		void theSpaceBetweenTwoSpansSeparatesTheirWords() {
			String body = "<h1> <span>The semi-final of the hockey league on Tuesday evening</span> "
					+ "<span>Two goals</span> </h1>";

			assertThat(choose(body, List.of(), null))
				.isEqualTo("The semi-final of the hockey league on Tuesday evening Two goals");
		}


		@Test
		void aHeadingShowingTheFirstPartOfADeclaredTitleIsTheHeadline() {
			String body = "<h1>Holidays</h1><h2>Details</h2><h2 itemprop=\"name\">Villa Aurora</h2>";

			assertThat(choose(body, List.of("Villa Aurora - Holiday villa with pool in Florida"), null))
				.isEqualTo("Villa Aurora");
			assertThat(choose(body, List.of("Villa Aurora with pool in Florida"), null)).isNotEqualTo("Villa Aurora");
		}

		@Test
		void anH2BelowAConfirmedH1IsNotTheHeadline() {
			String body = "<article><h1>Juicy lemon cake from the tray: simply delicious!</h1><p>Text</p>"
					+ "<div class=\"recipe-card\"><h2>Lemon cake from the tray</h2></div></article>";
			List<String> titles = List.of("Juicy lemon cake from the tray | Baking Blog", "Lemon cake from the tray");

			assertThat(choose(body, titles, "Juicy lemon cake from the tray | Baking Blog"))
				.isEqualTo("Juicy lemon cake from the tray: simply delicious!");
			String h2First = "<div class=\"recipe-card\"><h2>Lemon cake from the tray</h2></div>"
					+ "<article><h1>Juicy lemon cake from the tray: simply delicious!</h1></article>";
			assertThat(choose(h2First, titles, "Juicy lemon cake from the tray | Baking Blog"))
				.isEqualTo("Lemon cake from the tray");
		}

		@Test
		void aHeadingRightBelowTheH1ContinuingItIsTheHeadlineInFull() {
			String body = "<div id=\"news\"><h1>Vintage fire engines - Part 49</h1><div class=\"content\">"
					+ "<em>Tuesday, 2 November 2021</em><h2>Vintage fire engines - Part 49 – The 1930s</h2>"
					+ "<p>For seven decades the name stood for quality.</p></div></div>";
			String title = "Vintage fire engines - Part 49 - Fire Vehicles Worldwide";

			assertThat(choose(body, List.of(title), title))
				.isEqualTo("Vintage fire engines - Part 49 – The 1930s");
		}

		@Test
		void aSectionFarBelowTheH1RepeatingItHeadsAPartOfThePage() {
			String form = "<form><label>Amount</label><select><option>1 month</option><option>3 months</option>"
					+ "<option>12 months</option></select><p>Apply anonymously, checked without a credit score, "
					+ "signed online: the advantages of our small loans at a glance, rated 4.5 of 5 by 3,000 "
					+ "customers.</p></form>";
			String body = "<h1>Small loans</h1>" + form + "<h2>Small loans - Online & fast</h2><p>Text</p>";

			assertThat(choose(body, List.of("Small loans » Money in your account today"), null))
				.isEqualTo("Small loans");
		}

		@Test
		void aHeadingShowingASegmentOfADeclaredTitleIsTheHeadline() {
			String body = "<h1>Newsletter</h1><h1>Win a headset</h1><h1>News</h1><h2>The events of last year</h2>";
			String title = "Harbour Gamers e.V. - News » The events of last year";

			assertThat(choose(body, List.of(title), title)).isEqualTo("The events of last year");
			assertThat(choose(body, List.of("Harbour Gamers e.V. - News"), "Harbour Gamers e.V. - News"))
				.isEqualTo("Newsletter");
		}
	}

}
