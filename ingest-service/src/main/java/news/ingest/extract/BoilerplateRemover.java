package news.ingest.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Removes what is never article text (scripts, forms controls, hidden elements) and page furniture (navigation,
 * menus, share bars, related lists, newsletter boxes, comments, footers) recognised by tag, ARIA role or class/id
 * words. Furniture words are not trusted blindly: a marked element that holds most of the page's prose is a
 * wrapper around the article, and weakly marked elements are only dropped when they carry little prose.
 */
final class BoilerplateRemover {

	/** A furniture-marked element holding more than this share of the page's prose wraps the article itself. */
	private static final double WRAPPER_PROSE_SHARE = 0.5;

	/** Weakly marked elements (header, byline, caption, sidebar) with more prose than this are kept. */
	private static final int WEAK_MAX_PROSE_CHARS = 300;

	/** Weakly marked elements this link-heavy are link lists whatever their length. */
	private static final double WEAK_MAX_LINK_DENSITY = 0.5;

	/** A block this long in an article header, besides the headline, is a standfirst rather than a label. */
	private static final int MIN_STANDFIRST_CHARS = 80;

	void removeNonText(Element root) {
		root.select(ExtractionRules.REMOVED_TAGS).remove();
		root.select(ExtractionRules.HIDDEN).remove();
	}

	void removeFurniture(Element root) {
		int pageProse = ElementText.of(root).proseChars();
		// A stack instead of recursion: a hostile page nested 10,000 deep must not overflow the thread's stack
		// (issue 6). Parents are still judged before their children.
		Deque<Element> pending = new ArrayDeque<>(root.children());
		while (!pending.isEmpty()) {
			Element element = pending.pop();
			if (isFurniture(element, pageProse)) {
				element.remove();
			}
			else {
				pending.addAll(element.children());
			}
		}
	}

	private boolean isFurniture(Element element, int pageProse) {
		String tag = element.normalName();
		List<String> words = ClassWords.of(element);
		boolean strong = ExtractionRules.FURNITURE_TAGS.contains(tag)
				|| ExtractionRules.FURNITURE_ROLES.contains(element.attr("role")) || ClassWords.isFurniture(words);
		boolean weak = !strong && (ExtractionRules.WEAK_FURNITURE_TAGS.contains(tag)
				|| ClassWords.isWeakFurniture(words) && !ClassWords.isContent(words));
		if (!strong && !weak || element.selectFirst(ExtractionRules.ARTICLE_BODY) != null
				|| weak && isArticleHeader(element, tag, words)) {
			return false;
		}
		ElementText text = ElementText.of(element);
		if (text.proseChars() > pageProse * WRAPPER_PROSE_SHARE) {
			return false;
		}
		return strong || text.proseChars() <= WEAK_MAX_PROSE_CHARS || text.linkDensity() > WEAK_MAX_LINK_DENSITY;
	}

	/**
	 * The header of an article (headline, standfirst, byline, date) is judged part by part instead of dropped as a
	 * whole: its standfirst is article text, its byline and date lines are furniture of their own.
	 */
	private static boolean isArticleHeader(Element element, String tag, List<String> words) {
		if (!tag.equals("header") && !words.contains("header")) {
			return false;
		}
		Element headline = element.selectFirst("h1, h2");
		if (headline == null) {
			return false;
		}
		for (Element block : element.select(ExtractionRules.STANDFIRST_BLOCKS)) {
			if (block != headline && block.children().select(ExtractionRules.STANDFIRST_BLOCKS).isEmpty()) {
				ElementText text = ElementText.of(block);
				if (text.chars() >= MIN_STANDFIRST_CHARS && text.linkDensity() < WEAK_MAX_LINK_DENSITY) {
					return true;
				}
			}
		}
		return false;
	}

}
