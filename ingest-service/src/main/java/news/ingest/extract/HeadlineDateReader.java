package news.ingest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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
		DateLineFilter filter = new DateLineFilter(draft);
		// What follows the headline in document order: its later siblings' subtrees, then its ancestors'.
		for (Node node = headline; node != null; node = node.parentNode()) {
			for (Node sibling = node.nextSibling(); sibling != null; sibling = sibling.nextSibling()) {
				if (NodeTraversor.filter(filter, sibling) == NodeFilter.FilterResult.STOP) {
					return;
				}
			}
		}
	}

	/** Reads the shown texts until one holds a date or the byline block's handful of texts is used up. */
	private static final class DateLineFilter implements NodeFilter {

		private final MetadataDraft draft;

		private int texts;

		DateLineFilter(MetadataDraft draft) {
			this.draft = draft;
		}

		@Override
		public FilterResult head(Node node, int depth) {
			if (node instanceof Element element) {
				return isRead(element) ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
			}
			if (!(node instanceof TextNode text) || text.isBlank()) {
				return FilterResult.CONTINUE;
			}
			this.texts++;
			String value = text.text().trim();
			boolean dated = value.length() <= MAX_DATE_TEXT_CHARS && value.chars().anyMatch(Character::isDigit)
					&& this.draft.offerHeadlineDate(value);
			return (dated || this.texts >= MAX_TEXTS) ? FilterResult.STOP : FilterResult.CONTINUE;
		}

		private static boolean isRead(Element element) {
			return !ShownText.isHidden(element) && !DateTextScanner.SKIPPED_TAGS.contains(element.normalName())
					&& !DateTextScanner.isSkipped(element);
		}

	}

}
