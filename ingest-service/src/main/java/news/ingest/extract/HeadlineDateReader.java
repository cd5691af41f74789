package news.ingest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The date a reader sees next to the headline: the first short text holding a date among the few texts that
 * follow the {@code <h1>} in document order (standfirst, byline, date line), leaving out hidden elements, scripts
 * and what the text scan skips (footers, asides, comments, teasers). Walks only those nodes, not the page.
 */
final class HeadlineDateReader {

	/** The byline block under a headline holds a handful of texts; further down is the article or a teaser. */
	private static final int MAX_TEXTS = 10;

	/** Longer texts are the standfirst or the article, not a date line. */
	private static final int MAX_DATE_TEXT_CHARS = 120;

	private HeadlineDateReader() {
	}

	/** Offers the first date after the headline to the draft, if the page declares a change on another day. */
	static void read(Element headline, MetadataDraft draft) {
		if (headline == null || !draft.modifiedOnAnotherDay()) {
			return;
		}
		int texts = 0;
		Node node = following(headline, false);
		while (node != null && texts < MAX_TEXTS) {
			if (node instanceof Element element) {
				node = following(element, isRead(element));
				continue;
			}
			if (node instanceof TextNode text && !text.isBlank()) {
				texts++;
				String value = text.text().trim();
				if (value.length() <= MAX_DATE_TEXT_CHARS && value.chars().anyMatch(Character::isDigit)
						&& draft.offerHeadlineDate(value)) {
					return;
				}
			}
			node = following(node, false);
		}
	}

	private static boolean isRead(Element element) {
		return !ShownText.isHidden(element) && !DateTextScanner.SKIPPED_TAGS.contains(element.normalName())
				&& !DateTextScanner.isSkipped(element);
	}

	/** The next node in document order: the first child when entering, else the next sibling of it or an ancestor. */
	private static Node following(Node node, boolean enter) {
		if (enter && node.childNodeSize() > 0) {
			return node.childNode(0);
		}
		for (Node n = node; n != null; n = n.parentNode()) {
			Node sibling = n.nextSibling();
			if (sibling != null) {
				return sibling;
			}
		}
		return null;
	}

}
