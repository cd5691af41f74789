package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads OpenGraph, Twitter, Dublin Core and plain {@code <meta>} tags. */
final class MetaTagReader {

	void read(Document page, MetadataDraft draft) {
		contents(page, MetadataRules.TITLE_META).forEach(draft::offerTitle);
		contents(page, MetadataRules.SITE_NAME_META).forEach(draft::offerSiteName);
		contents(page, MetadataRules.DATE_META).forEach(draft::offerDate);
		List<String> authors = new ArrayList<>();
		for (String author : contents(page, MetadataRules.AUTHOR_META)) {
			// article:author is often the author's profile URL rather than a name.
			if (!MetadataRules.URL_LIKE.matcher(author).find() || author.contains(" ")) {
				authors.add(author);
			}
		}
		draft.offerAuthors(authors);
		contents(page, MetadataRules.LOCALE_META).forEach(draft::offerLanguage);
		page.select(MetadataRules.CANONICAL_LINK).forEach((link) -> draft.offerCanonicalUrl(link.absUrl("href")));
		contents(page, MetadataRules.URL_META).forEach(draft::offerCanonicalUrl);
	}

	private static List<String> contents(Document page, String selector) {
		List<String> values = new ArrayList<>();
		for (Element meta : page.select(selector)) {
			String content = meta.attr("content");
			if (!content.isBlank()) {
				values.add(content.trim());
			}
		}
		return values;
	}

}
