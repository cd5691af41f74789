package news.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication dates that only a page's scripts hold: the state objects of shop systems and JavaScript frameworks
 * ({@code "published_at":"2019-03-02T06:22:28+01:00"}, {@code "createdAt": "…"}), read when no markup gave a date and
 * before the text scan, whose first date in the text is a weaker guess. Publication keys win over creation keys,
 * and within each the first in document order. A regex over the script text rather than a JSON parser: these
 * objects sit inside assignments and function calls, seldom as a JSON document.
 */
final class ScriptDateReader {

	/** Keys naming the publication, then keys naming the creation, each followed by a quoted value. */
	private static final List<Pattern> KEYS = List.of(
			key("datePublished|date_published|publishedAt|published_at|publishDate|publish_date|publishedDate"
					+ "|publicationDate|publication_date|firstPublished|first_published|first-publication"),
			key("dateCreated|createdAt|created_at"));

	private static Pattern key(String names) {
		return Pattern.compile("\"(?:" + names + ")\"\\s*:\\s*\"([^\"]{8,40})\"");
	}

	void read(Document page, MetadataDraft draft) {
		List<String> scripts = page.getElementsByTag("script")
			.stream()
			.filter((script) -> !script.hasAttr("src") && !script.attr("type").contains("ld+json"))
			.map(Element::data)
			.toList();
		for (Pattern key : KEYS) {
			for (String script : scripts) {
				Matcher m = key.matcher(script);
				while (m.find() && !draft.hasDate()) {
					draft.offerDate(m.group(1), "script");
				}
				if (draft.hasDate()) {
					return;
				}
			}
		}
	}

}
