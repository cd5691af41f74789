package news.ingest.extract;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadTagsTest {

	/** Values in other cases, a Kelvin sign for a "k" and a dotless "ı": jsoup's selectors match them all. */
	private static final Document PAGE = Jsoup.parse("""
			<html><head><meta property="og:title" content="A"><meta name="OG:Title" content="B">
			<meta NAME="author" content="C"><meta name="\u212Aeywords" content="D"><meta name="t\u0131tle" content="E">
			<meta name="author" property="author" content="F"><meta name="twitter:label1" content="Written by">
			<meta name="twitter:data1" content="G"><link rel="Canonical" href="/a"><meta itemprop="author" content="H">
			</head><body><meta name="author" content="I"></body></html>""", "https://example.org/");

	@Test
	void findsWhatThePageSelects() {
		HeadTags tags = new HeadTags(PageElements.of(PAGE));
		for (String selector : List.of("meta[property=og:title]", "meta[name=og:title]", "meta[name=author]",
				"meta[property=author]", "meta[name=keywords]", "meta[name=title]", "link[rel=canonical]",
				"meta[name^=twitter:label]", "meta[name=twitter:data1]", "meta[itemprop=author]",
				"meta[property=og:url], meta[name=author]", "meta[name=absent]", "link[name=author]")) {
			assertThat(tags.matching(HeadTags.Selector.parse(selector))).as(selector)
				.containsExactlyElementsOf(PAGE.select(selector));
		}
		assertThat(tags.matching(HeadTags.Selector.parse("meta[name=keywords]"))).hasSize(1);
		assertThat(tags.matching(HeadTags.Selector.parse("meta[name=author]"))).hasSize(3);
	}

	@Test
	void looksUpOnlySelectorsOfOneAttributeValue() {
		assertThat(HeadTags.Selector.parse("meta[name=dc.title]").value()).isEqualTo("dc.title");
		assertThat(HeadTags.Selector.parse("meta[name^=twitter:label]").value()).isNull();
		assertThat(HeadTags.Selector.parse("meta[property=og:url], meta[name=og:url]").value()).isNull();
		assertThat(HeadTags.Selector.parse("meta[name=\"quoted\"]").value()).isNull();
	}

}
