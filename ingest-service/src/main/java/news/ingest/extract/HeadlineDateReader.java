package news.ingest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The date a reader sees next to the headline: the first short text holding a date among the few texts that
 * follow the {@code <h1>} in document order (standfirst, byline, date line), leaving out hidden elements, scripts
 * and what the text scan skips (footers, asides, comments, teasers). Walks only those nodes, not the page. An
 * update label counts only in the header zone, before the article's first sentence: an "Updated" line further down
 * is a note in the text.
 */
final class HeadlineDateReader {

	/** The byline block under a headline holds a handful of texts; further down is the article or a teaser. */
	private static final int MAX_TEXTS = 10;

	/** Longer texts are the standfirst or the article, not a date line. */
	private static final int MAX_DATE_TEXT_CHARS = 120;

	/** A label standing alone before its date ("Aktualisiert am", "Last updated:") is a few words. */
	private static final int MAX_LABEL_CHARS = 30;

	/** Shorter paragraphs are captions, credits or date lines rather than the article's sentences. */
	private static final int MIN_PROSE_CHARS = 60;

	private HeadlineDateReader() {
	}

	/**
	 * Offers the first date after the headline to the draft, and whether a label shown before it calls it an update
	 * ("Updated May 6, 2019", "Stand: 28.04.2020").
	 */
	static void read(Element headline, MetadataDraft draft) {
		if (headline == null) {
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

		/** The previous text was an update label standing alone ({@code <span>Updated:</span> <time>…}). */
		private boolean afterUpdateLabel;

		/** The article's prose has begun: an update line further down is the text's, not the header's. */
		private boolean inProse;

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
			int digit = firstDigit(value);
			boolean labelled = !this.inProse && (this.afterUpdateLabel
					|| (digit > 0 && MetadataRules.UPDATE_LABEL.matcher(value.substring(0, digit)).find()));
			this.afterUpdateLabel = digit < 0 && value.length() <= MAX_LABEL_CHARS
					&& MetadataRules.UPDATE_LABEL.matcher(value).find();
			boolean dated = value.length() <= MAX_DATE_TEXT_CHARS && digit >= 0
					&& this.draft.offerHeadlineDate(value, labelled);
			if (dated || this.texts >= MAX_TEXTS) {
				return FilterResult.STOP;
			}
			this.inProse |= isProse(text, value);
			return FilterResult.CONTINUE;
		}

		private static boolean isRead(Element element) {
			return !ShownText.isHidden(element) && !DateTextScanner.SKIPPED_TAGS.contains(element.normalName())
					&& !DateTextScanner.isSkipped(element);
		}

		/**
		 * A sentence of the article's text: a paragraph's, of some length, without the class or id a CMS gives the
		 * standfirst, byline and date line of its header ({@code p.dek}, {@code p.byline}) but seldom the
		 * paragraphs of the text.
		 */
		private static boolean isProse(TextNode text, String value) {
			Element parent = text.parent();
			return value.length() >= MIN_PROSE_CHARS && parent != null && "p".equals(parent.normalName())
					&& parent.className().isEmpty() && parent.id().isEmpty();
		}

		private static int firstDigit(String value) {
			for (int i = 0; i < value.length(); i++) {
				if (Character.isDigit(value.charAt(i))) {
					return i;
				}
			}
			return -1;
		}

	}

}
