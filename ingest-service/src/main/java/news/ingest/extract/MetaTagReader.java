package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads OpenGraph, Twitter, Dublin Core and plain {@code <meta>} tags, each selector list in order of trust. */
final class MetaTagReader {

	void read(Document page, MetadataDraft draft) {
		each(page, MetadataRules.TITLE_META, draft::offerTitle);
		each(page, MetadataRules.SITE_NAME_META, (name, source) -> draft.offerSiteName(name));
		each(page, MetadataRules.DATE_META, draft::offerDate);
		for (String selector : MetadataRules.AUTHOR_META.split(",\\s*")) {
			List<String> authors = new ArrayList<>();
			for (String author : contents(page, selector)) {
				// article:author is often the author's profile URL rather than a name.
				if (!MetadataRules.URL_LIKE.matcher(author).find() || author.contains(" ")) {
					authors.add(author);
				}
			}
			if (!authors.isEmpty()) {
				draft.offerAuthors(authors, source(selector));
			}
		}
		readLabelledAuthor(page, draft);
		each(page, MetadataRules.LOCALE_META, draft::offerLanguage);
		page.select(MetadataRules.CANONICAL_LINK).forEach((link) -> draft.offerCanonicalUrl(link.absUrl("href")));
		contents(page, MetadataRules.URL_META).forEach(draft::offerCanonicalUrl);
	}

	/**
	 * Twitter's label/data pairs, which blog plugins fill with the author: {@code twitter:label1 = "Written by"},
	 * {@code twitter:data1 = "Jane Doe"}.
	 */
	private static void readLabelledAuthor(Document page, MetadataDraft draft) {
		for (Element label : page.select("meta[name^=twitter:label]")) {
			if (MetadataRules.AUTHOR_LABEL.matcher(label.attr("content").trim()).matches()) {
				String index = label.attr("name").substring("twitter:label".length());
				contents(page, "meta[name=twitter:data" + index + "]")
					.forEach((name) -> draft.offerAuthors(List.of(name), "meta"));
			}
		}
	}

	/** Offers the contents of each selector of a comma-separated list in list order (not document order). */
	private static void each(Document page, String selectors, BiConsumer<String, String> offer) {
		for (String selector : selectors.split(",\\s*")) {
			String source = source(selector);
			contents(page, selector).forEach((value) -> offer.accept(value, source));
		}
	}

	/** OpenGraph and its relatives (article:, twitter:) versus other meta tags. */
	private static String source(String selector) {
		return (selector.contains("og:") || selector.contains("article:") || selector.contains("twitter:"))
				? "opengraph" : "meta";
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
