package news.ingest.extract;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageElementsTest {

	private static final Document PAGE = Jsoup.parse("""
			<html lang="en"><head><title>T</title><meta property="og:type" content="article">
			<link rel="canonical" href="/a"><script type="application/ld+json">{}</script></head>
			<body><div id="app"><h1>Head <a href="/">line</a></h1><p>Text <b>bold</b> and <time datetime="2020-01-02">x</time>
			</p><div class="paywall"><h2>Sub</h2><p itemprop="datePublished">2020</p></div></div>
			<footer><h3>Foot</h3></footer></body></html>""", "https://example.org/");

	@Test
	void selectsWhatThePageSelectsInDocumentOrder() {
		PageElements elements = PageElements.of(PAGE);
		for (String selector : List.of("meta, link", "h1, h2", "h2, h3, h4", "*", "#app, [itemprop]",
				MetadataRules.TIME_MARKUP, MetadataRules.JSON_LD, "nothing")) {
			assertThat(elements.select(QueryParser.parse(selector))).as(selector)
				.containsExactlyElementsOf(PAGE.select(selector));
			assertThat(elements.selectFirst(QueryParser.parse(selector))).as(selector)
				.isSameAs(PAGE.selectFirst(selector));
		}
	}

	@Test
	void anIndexedSelectorSelectsWhatThePageSelects() {
		PageElements elements = PageElements.of(PAGE);
		for (String selector : List.of("meta, link", "h1, h2", "h4, h3, h2", "h1", "div[id=app]",
				"meta[property=og:type]", MetadataRules.JSON_LD, "p[itemprop], time[datetime]", "section",
				MetadataRules.TIME_MARKUP, "#app, [itemprop]", "[class], [id]", "a[href], h2", ".paywall, h2",
				"div.paywall", "[itemprop~=^date]", "nothing[x]")) {
			assertThat(elements.select(IndexedSelector.parse(selector))).as(selector)
				.containsExactlyElementsOf(PAGE.select(selector));
			assertThat(elements.selectFirst(IndexedSelector.parse(selector))).as(selector)
				.isSameAs(PAGE.selectFirst(selector));
		}
	}

	@Test
	void anAttributeIsFoundWhateverTheCaseOfItsName() {
		Document page = Jsoup.parse("<p>a</p><p>b</p><p>c</p>");
		page.select("p").get(1).attr("ItemProp", "author");
		PageElements elements = PageElements.of(page);
		assertThat(elements.select(IndexedSelector.parse("[itemprop=author]"))).hasSize(1)
			.containsExactlyElementsOf(page.select("[itemprop=author]"));
	}

	@Test
	void anIndexedSelectorFilesEachAlternativeUnderItsFirstAttributeElseItsTag() {
		IndexedSelector selector = IndexedSelector.parse("h2, h3, a[rel=author][href], #app, .x, app-root");
		assertThat(selector.tags()).containsExactlyInAnyOrder("h2", "h3", "app-root");
		assertThat(selector.attributes()).containsExactlyInAnyOrder("rel", "id", "class");
		for (String css : List.of("*", "h2, *", "article time", "p:not(.x)", "div > p", "[href!=x]", "[^data-]")) {
			assertThatThrownBy(() -> IndexedSelector.parse(css)).as(css)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void anElementsDescendantsAreTheRunUpToItsEnd() {
		PageElements elements = PageElements.of(PAGE);
		List<Element> all = elements.all();
		assertThat(all).containsExactlyElementsOf(PAGE.getAllElements());
		for (int i = 0; i < all.size(); i++) {
			// getAllElements is the element and its descendants, in document order.
			assertThat(all.subList(i, elements.end(i))).containsExactlyElementsOf(all.get(i).getAllElements());
			assertThat(elements.indexOf(all.get(i))).isEqualTo(i);
		}
		assertThat(elements.indexOf(new Element("p"))).isEqualTo(-1);
	}

}
