package news.ingest.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the boilerplate remover takes out of a page before the content is located. */
class BoilerplateRemoverTest {

	private final BoilerplateRemover remover = new BoilerplateRemover();

	@Test
	void codeControlsAndHiddenElementsGoWithAllTheyHold() {
		Document page = Jsoup.parse("<body><p>Kept <span style=\"DISPLAY: none\">styled away</span></p>"
				+ "<div aria-hidden=\"true\"><p>Aria</p></div><script>var x;</script><button>Share</button>"
				+ "<div hidden><p>Hidden <b>bold</b></p></div><p>Also kept</p></body>");

		ElementText left = this.remover.removeNonText(page.body());

		assertThat(page.body().text()).isEqualTo("Kept Also kept");
		assertThat(left).isEqualTo(ElementText.of(page.body()));
		assertThat(page.body().parent()).isSameAs(page.firstElementChild());
	}

	@Test
	void theTextLeftIsCountedInTheSameWalkLinksApart() {
		Document page = Jsoup.parse("<body><p>Lead <a href=\"/a\">linked <b>words</b></a> "
				+ "<a hidden href=\"/b\">hidden <i>link</i></a><span style=\"display:none\"><a href=\"/c\">x</a></span>"
				+ "</p><a href=\"/d\"> Menu </a><p>Tail text</p></body>");

		ElementText left = this.remover.removeNonText(page.body());

		assertThat(left).isEqualTo(ElementText.of(page.body())).isEqualTo(new ElementText(28, 15));
	}

	@Test
	void aHiddenRootLeavesItsParentAndLosesWhatItHides() {
		Document page = Jsoup.parse("<body style=\"visibility:hidden\"><p>Shown once scripts run</p>"
				+ "<noscript>Enable JavaScript</noscript></body>");
		Element body = page.body();

		ElementText left = this.remover.removeNonText(body);

		assertThat(left).isEqualTo(ElementText.of(body));
		assertThat(body.parent()).isNull();
		assertThat(body.text()).isEqualTo("Shown once scripts run");
	}

	@Test
	void furnitureHoldingTheMarkedArticleBodyStaysAndOtherFurnitureGoes() {
		String prose = "A sentence of the article that is long enough to count as prose. ".repeat(3);
		Document page = Jsoup.parse("<body><nav class=\"menu\"><a href=\"/\">Home</a></nav><aside class=\"wrap\">"
				+ "<div><div itemprop=\"articleBody\"><p>" + prose + "</p></div></div><nav>Other pages</nav></aside>"
				+ "<p>" + prose + prose + prose + "</p></body>");

		this.remover.removeFurniture(page.body(), ElementText.of(page.body()).proseChars(), false);

		assertThat(page.body().select("[itemprop=articleBody]")).hasSize(1);
		assertThat(page.body().select("aside")).hasSize(1);
		assertThat(page.body().text()).doesNotContain("Home", "Other pages");
	}

	@Test
	void aPaywallOrShareWrapperOfArticleParagraphsStaysButNotCommentsOrRelatedPosts() {
		String prose = "A sentence of the article that is long enough to count as prose. ".repeat(3);
		String paragraphs = ("<p>" + prose + "</p>").repeat(3);
		Document page = Jsoup.parse("<body><div class=\"story\"><p>" + prose + "</p>"
				+ "<div id=\"subscription-content\">" + paragraphs + "</div></div>"
				+ "<div class=\"subscription-box\"><p>Subscribe for one pound a week.</p></div>"
				+ "<div class=\"article-comments\">" + paragraphs + "</div><ul class=\"related_post\">" + paragraphs
				+ "</ul><p>" + prose.repeat(9) + "</p></body>");

		this.remover.removeFurniture(page.body(), ElementText.of(page.body()).proseChars(), false);

		assertThat(page.body().select("#subscription-content p")).hasSize(3);
		assertThat(page.body().select(".subscription-box, .article-comments, .related_post")).isEmpty();
	}

	@Test
	void aShortFieldWhoseLabelIsHiddenStaysAndSoDoesATeasersLinkedTitle() {
		String prose = "A sentence of the article that is long enough to count as prose. ".repeat(9);
		Document page = Jsoup.parse("<body><div class=\"field field--name-field-lead field--label-hidden\">"
				+ "A short lead under the headline.</div><p>" + prose + "</p><article><h2><a href=\"/other\">"
				+ "<span class=\"field field--name-title field--label-hidden\">Another story</span></a></h2></article>"
				+ "<span class=\"visually-hidden\">Opens in a new window</span></body>");

		this.remover.removeFurniture(page.body(), ElementText.of(page.body()).proseChars(), false);

		assertThat(page.body().text()).contains("A short lead under the headline.", "Another story")
			.doesNotContain("new window");
	}

	@Test
	void theWritersBoxGoesHoweverLongItsPortrait() {
		String prose = "A sentence of the article that is long enough to count as prose. ".repeat(9);
		String portrait = "Jane Doe has written about gardens, cities and the people in them for twenty years. ".repeat(5);
		Document page = Jsoup.parse("<body><div class=\"entry-content\"><p>" + prose + "</p><p>" + prose + "</p></div>"
				+ "<div id=\"entry-author-info\"><div id=\"author-description\"><h2>About Jane Doe</h2>" + portrait
				+ "</div></div></body>");

		this.remover.removeFurniture(page.body(), ElementText.of(page.body()).proseChars(), false);

		assertThat(page.body().text()).doesNotContain("Jane Doe");
	}

	@Test
	void anAsideWithoutTheHeadlineIsASidebarHoweverMuchProseItHolds() {
		String prose = "A sentence that is long enough to count as prose on its own. ";
		Document page = Jsoup.parse("<body><h1>A photo of the Pleiades</h1><p>" + prose.repeat(2) + "</p>"
				+ "<aside class=\"widgets\"><p>" + prose.repeat(4) + "</p></aside></body>");
		Document wrapped = Jsoup.parse("<body><aside class=\"wrap\"><h1>A headline</h1><p>" + prose.repeat(4)
				+ "</p></aside><p>" + prose + "</p></body>");

		this.remover.removeFurniture(page.body(), ElementText.of(page.body()).proseChars(), false);
		this.remover.removeFurniture(wrapped.body(), ElementText.of(wrapped.body()).proseChars(), false);

		assertThat(page.body().select("aside")).isEmpty();
		assertThat(wrapped.body().select("aside")).hasSize(1);
	}

	@Test
	void aMarkedWordInsideASentenceStaysButAMarkedBlockGoes() {
		String prose = "A sentence of the article that is long enough to count as prose. ".repeat(3);
		Document page = Jsoup.parse("<body><p>" + prose + "</p><p>The spread of <a class=\"icon-arrow-left\" "
				+ "href=\"/covid\">COVID-19</a> may still limit travel, said <span class=\"author\">Jane Doe</span>. "
				+ "Get our <a class=\"newsletter-link\" href=\"/nl\">free newsletter</a> here.</p><div class=\"tags\">"
				+ "<a href=\"/t/travel\">Travel</a></div><p class=\"newsletter\">Sign up for it today.</p><p>" + prose
				+ "</p></body>");

		this.remover.removeFurniture(page.body(), ElementText.of(page.body()).proseChars(), false);

		assertThat(page.body().text()).contains("The spread of COVID-19 may still limit travel, said Jane Doe.",
				"Get our free newsletter here.").doesNotContain("Travel ", "Sign up");
	}

	@Test
	void aTablesOrCardsOwnHeaderAndATableCellsSideAreNoPageFurniture() {
		String prose = "A sentence of the article that is long enough to count as prose. ".repeat(6);
		Document page = Jsoup.parse("<body><div class=\"header\">Site name</div><p>" + prose + "</p>"
				+ "<table class=\"ingredients table-header\"><thead><tr><th><h3>For the dough:</h3></th></tr></thead>"
				+ "<tbody><tr><td class=\"td-left\">125 g</td><td class=\"td-right\">flour</td></tr></tbody></table>"
				+ "<div class=\"card\"><h3 class=\"card-header\">Claim</h3><p>" + prose + "</p></div>"
				+ "<div class=\"col-left\"><a href=\"/a\">Archive</a></div></body>");

		this.remover.removeFurniture(page.body(), ElementText.of(page.body()).proseChars(), false);

		assertThat(page.body().text()).contains("For the dough:", "125 g", "flour", "Claim")
			.doesNotContain("Site name", "Archive");
	}

	@Test
	void aLiveTickersEntriesAreTextNotReadersComments() {
		String prose = "A sentence of the article that is long enough to count as prose. ".repeat(6);
		Document page = Jsoup.parse("<body><p>" + prose + "</p><div class=\"live-ticker-comments\">"
				+ "<div class=\"live-ticker-comment slider-ele right\">The free kick goes over the bar.</div>"
				+ "<div class=\"live-ticker-comment slider-ele left\">Springfield equalise.</div></div>"
				+ "<div class=\"comments\"><p>Great match, says a reader.</p></div></body>");

		this.remover.removeFurniture(page.body(), ElementText.of(page.body()).proseChars(), false);

		assertThat(page.body().text()).contains("The free kick goes over the bar.", "Springfield equalise.")
			.doesNotContain("Great match");
	}

	@Test
	void aPageBuildersNumberedModuleIsNoSidebarModule() {
		String prose = "A sentence of the article that is long enough to count as prose. ".repeat(6);
		Document page = Jsoup.parse("<body><p>" + prose + "</p><div id=\"module-3-accordion\"><div class=\"card\">"
				+ "<div class=\"card-header\" id=\"module-3-heading-1\">How is the rate set?</div>"
				+ "<div id=\"module-3-collapse-1\" class=\"collapse\"><p>By the loan's amount and term.</p></div>"
				+ "</div></div><div class=\"module\"><p>Weather: sunny.</p></div></body>");

		this.remover.removeFurniture(page.body(), ElementText.of(page.body()).proseChars(), false);

		assertThat(page.body().text()).contains("How is the rate set?", "By the loan's amount and term.")
			.doesNotContain("Weather");
	}

	@Test
	void aHeaderHoldingOnlyAMinorHeadingTitlesASection() {
		String prose = "A sentence of the article that is long enough to count as prose. ".repeat(6);
		Document page = Jsoup.parse("<body><header><a href=\"/\">Logo</a><h3>Site</h3></header><p>" + prose + "</p>"
				+ "<ul><li><header><h3>Pros of a car loan:</h3></header><div><ul><li>A cash buyer's discount.</li></ul>"
				+ "</div></li></ul><header><h2>Also read</h2></header><div class=\"j-module j-header\"><h2>Liability for "
				+ "links</h2></div><div class=\"header\"><h2>Site</h2><p>Slogan</p></div></body>");

		this.remover.removeFurniture(page.body(), ElementText.of(page.body()).proseChars(), false);

		assertThat(page.body().text()).contains("Pros of a car loan:", "Liability for links")
			.doesNotContain("Logo", "Site", "Also read", "Slogan");
	}

}
