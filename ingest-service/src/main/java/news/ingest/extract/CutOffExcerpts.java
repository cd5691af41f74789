package news.ingest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Recognises blocks of teaser excerpts: paragraphs of other posts cut off after a few lines, ending in an ellipsis
 * ("… plan paralelo para …", "[…]") or followed by a "Read more" link. An article's own paragraphs seldom end so;
 * a listing's excerpts do whenever the post is longer than the excerpt, so a block whose paragraphs are at least
 * half cut off, and at least two of them, is a list of other posts, however well its prose scores.
 */
final class CutOffExcerpts {

	/** Paragraphs shorter than this are labels or captions and say nothing about the block. */
	private static final int MIN_PARAGRAPH_CHARS = 80;

	private static final int MIN_CUT_OFF_PARAGRAPHS = 2;

	/** At least this share of the paragraphs must be cut off: excerpts of short posts end as the posts do. */
	private static final double MIN_CUT_OFF_SHARE = 0.5;

	/** A "Read more" link is a label, not a sentence. */
	private static final int MAX_READ_MORE_CHARS = 40;

	/** What may follow the ellipsis of {@code ELLIPSIS_END}: its closing characters and the line terminators. */
	private static final String ELLIPSIS_TAIL = " \t\n\u000B\f\r])»›→\u0085\u2028\u2029";

	/** Parsed once: jsoup parses a selector string on every call, and blocks are tested at every level. */
	private static final Evaluator PARAGRAPH = QueryParser.parse("p");

	private CutOffExcerpts() {
	}

	static boolean dominate(Element block) {
		int paragraphs = 0;
		int cutOff = 0;
		for (Element paragraph : block.select(PARAGRAPH)) {
			String text = paragraph.text();
			if (text.length() < MIN_PARAGRAPH_CHARS) {
				continue;
			}
			paragraphs++;
			if (isCutOff(paragraph, text)) {
				cutOff++;
			}
		}
		// A single cut-off paragraph is as often a paywalled article's teaser or a sentence trailing off.
		return cutOff >= MIN_CUT_OFF_PARAGRAPHS && cutOff >= paragraphs * MIN_CUT_OFF_SHARE;
	}

	/** Ends in an ellipsis, or in a "Read more" link of its own or right after it. */
	private static boolean isCutOff(Element paragraph, String text) {
		if (ExtractionRules.ELLIPSIS_END.matcher(text).find(ellipsisSearchStart(text))) {
			return true;
		}
		Element lastLink = paragraph.select(ExtractionRules.LINK).last();
		if (lastLink != null && isReadMore(lastLink) && text.endsWith(lastLink.text())) {
			return true;
		}
		Element next = paragraph.nextElementSibling();
		return next != null && isReadMore(next) && (next.nameIs("a") || next.selectFirst(ExtractionRules.LINK) != null);
	}

	/**
	 * The earliest start of an {@code ELLIPSIS_END} match: the ellipsis ends where the characters that may follow it
	 * (and a final line terminator, before which {@code $} matches too) begin, as it is none of them, and is at most
	 * three characters long. Searching from there spares trying the pattern at every character of the paragraph.
	 */
	static int ellipsisSearchStart(String text) {
		int end = text.length();
		while (end > 0 && ELLIPSIS_TAIL.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return Math.max(0, end - 3);
	}

	private static boolean isReadMore(Element element) {
		String text = element.text();
		return text.length() <= MAX_READ_MORE_CHARS && ExtractionRules.READ_MORE.matcher(text).matches();
	}

}
