package news.ingest.extract;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AttributeRegex} matches what jsoup's selector {@code [attr~=regex]} matches in its default mode. */
class AttributeRegexTest {

	@Test
	void matchesWhatTheRegexSelectorMatches() {
		Document page = Jsoup.parse("<div style=\"DISPLAY: none\">a</div><div style=\"color: red\">b</div>"
				+ "<div style=\"\">c</div><div>d</div><p STYLE=\"x;visibility:hidden\">e</p>"
				+ "<span class=\"post-date\">f</span><span class=\"update\">g</span><span class=\"Dateline x\">h</span>");
		assertSame(page, "style", "(?i)display:\\s*none|visibility:\\s*hidden", 2);
		assertSame(page, "class", "(?i)(^|[\\s_-])(date|dateline)([\\s_-]|$)", 2);
		assertSame(page, "style", "^$", 1);
	}

	private static void assertSame(Document page, String key, String regex, int expected) {
		Evaluator selector = QueryParser.parse("[" + key + "~=" + regex + "]");
		Evaluator evaluator = new AttributeRegex(key, Pattern.compile(regex));
		int matched = 0;
		for (Element element : page.getAllElements()) {
			assertThat(evaluator.matches(page, element)).as(element.outerHtml())
				.isEqualTo(selector.matches(page, element));
			matched += evaluator.matches(page, element) ? 1 : 0;
		}
		assertThat(matched).isEqualTo(expected);
	}

}
