package news.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Last-resort metadata from the page itself: {@code <title>}, {@code <h1>}, bylines, {@code <time>}, the URL. */
final class MarkupMetadataReader {

	void read(Document page, String pageUrl, MetadataDraft draft) {
		draft.offerDocumentTitle(page.title());
		Element h1 = page.selectFirst("h1");
		if (h1 != null) {
			draft.offerHeading(h1.text());
		}
		if (!draft.hasAuthors()) {
			readBylines(page, draft);
		}
		for (Element time : page.select(MetadataRules.TIME_MARKUP)) {
			draft.offerDate(firstNonBlank(time.attr("datetime"), time.attr("content"), time.text()));
		}
		if (!draft.hasDate() && pageUrl != null) {
			Matcher m = MetadataRules.URL_DATE.matcher(pageUrl);
			if (m.find()) {
				draft.offerDate(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
			}
		}
		if (!draft.hasDate()) {
			for (Element dateLine : page.select(MetadataRules.DATE_TEXT_MARKUP)) {
				draft.offerDate(dateLine.text());
			}
		}
		draft.offerLanguage(page.select("html").attr("lang"));
	}

	private static void readBylines(Document page, MetadataDraft draft) {
		for (String selector : MetadataRules.AUTHOR_MARKUP) {
			Elements bylines = page.select(selector);
			if (!bylines.isEmpty()) {
				draft.offerAuthors(bylines.eachText());
				if (draft.hasAuthors()) {
					return;
				}
			}
		}
	}

	private static String firstNonBlank(String... values) {
		return List.of(values).stream().filter((v) -> !v.isBlank()).findFirst().orElse(null);
	}

}
