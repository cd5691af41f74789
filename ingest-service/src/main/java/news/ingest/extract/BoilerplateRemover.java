package news.ingest.extract;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

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

	/**
	 * A furniture-marked element whose class or id also names the article text ({@code subscription-content}, a
	 * metered paywall's wrapper around the paragraphs it may hide; {@code body-share-wrapper}) and holds this much
	 * prose wraps article paragraphs, not a subscription box or share bar.
	 */
	private static final int MIN_MARKED_CONTENT_PROSE = 400;

	/** A block this long in an article header, besides the headline, is a standfirst rather than a label. */
	private static final int MIN_STANDFIRST_CHARS = 80;

	/** Parsed once: jsoup parses a selector string again on every call (the hidden styles are regexes). */
	private static final Evaluator HIDDEN = QueryParser.parse(ExtractionRules.HIDDEN);

	private static final Evaluator HIDDEN_STYLE = new AttributeRegex("style", ExtractionRules.HIDDEN_STYLE);

	private static final Evaluator ARTICLE_BODY = QueryParser.parse(ExtractionRules.ARTICLE_BODY);

	private static final Evaluator STANDFIRST_BLOCKS = QueryParser.parse(ExtractionRules.STANDFIRST_BLOCKS);

	/**
	 * One walk that drops each element either list matches with all it holds; the root itself, matched too, leaves
	 * its parent.
	 *
	 * @return the text left under the root, counted in the same walk: what {@link ElementText#of} gives afterwards
	 *     (jsoup's filter calls {@code tail} for every node it keeps, and for none it removes)
	 */
	ElementText removeNonText(Element root) {
		ElementText.Counter left = new ElementText.Counter();
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (depth > 0 && node instanceof Element element && isNonText(root, element)) {
					return FilterResult.REMOVE;
				}
				left.head(node, depth);
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				left.tail(node, depth);
				return FilterResult.CONTINUE;
			}
		}, root);
		if (isNonText(root, root)) {
			root.remove();
		}
		return left.text();
	}

	/**
	 * The tags by a set lookup: what a selector list of these tag names would match (jsoup tests each tag as {@code
	 * normalName().equals(name)}), without trying some twenty alternatives on every element.
	 */
	private static boolean isNonText(Element root, Element element) {
		// Hidden only by an attribute: the many elements without any are spared both lookups.
		return ExtractionRules.REMOVED_TAGS.contains(element.normalName()) || element.attributesSize() > 0
				&& (HIDDEN.matches(root, element) || HIDDEN_STYLE.matches(root, element));
	}

	/** Scripts, media, form controls and hidden elements: never text a reader sees. */
	static boolean isNonText(Element element) {
		return isNonText(element, element);
	}

	/**
	 * @param pageProse the prose characters under the root ({@link ElementText#proseChars})
	 * @param commentsArePosts whether blocks marked only as comments are kept (a forum's posts)
	 */
	void removeFurniture(Element root, int pageProse, boolean commentsArePosts) {
		Set<Element> holdingBody = holdingArticleBody(root);
		// A stack instead of recursion: a hostile page nested 10,000 deep must not overflow the thread's stack
		// (issue 6). Parents are still judged before their children.
		Deque<Element> pending = new ArrayDeque<>();
		queueChildren(root, pending);
		while (!pending.isEmpty()) {
			Element element = pending.pop();
			if (isFurniture(element, pageProse, holdingBody, commentsArePosts)) {
				element.remove();
			}
			else {
				queueChildren(element, pending);
			}
		}
	}

	/**
	 * Queues the element's children by walking its siblings: jsoup's {@code children()} files a list of them with
	 * each element (a map lookup and a list per element), here only read once.
	 */
	private static void queueChildren(Element parent, Deque<Element> pending) {
		for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
			pending.add(child);
		}
	}

	/**
	 * The marked article bodies and their ancestors, found in one walk rather than a search under each candidate.
	 * Removal cannot change the set, as no element in it is ever removed.
	 */
	private static Set<Element> holdingArticleBody(Element root) {
		Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Element body : root.select(ARTICLE_BODY)) {
			for (Element e = body; e != null && holding.add(e); e = e.parent()) {
				// Climbs until an ancestor already in the set.
			}
		}
		return holding;
	}

	private boolean isFurniture(Element element, int pageProse, Set<Element> holdingBody, boolean commentsArePosts) {
		String tag = element.normalName();
		List<String> words = commentsArePosts ? ClassWords.withoutComment(ClassWords.ofRole(element))
				: ClassWords.ofRole(element);
		boolean byMarkup = ExtractionRules.FURNITURE_TAGS.contains(tag)
				|| ExtractionRules.FURNITURE_ROLES.contains(element.attr("role"));
		boolean strong = byMarkup || ClassWords.isFurniture(words) || ClassWords.isAuthorBox(words);
		boolean weak = !strong && (ExtractionRules.WEAK_FURNITURE_TAGS.contains(tag)
				|| ClassWords.isWeakFurniture(words) && !ClassWords.isContent(words));
		if (!strong && !weak || holdingBody.contains(element)
				|| weak && isArticleHeader(element, tag, words) || !byMarkup && isWithinSentence(element, tag)
				|| weak && isSectionHeading(element, tag, words)) {
			return false;
		}
		ElementText text = ElementText.of(element);
		if (text.proseChars() > pageProse * WRAPPER_PROSE_SHARE && !isSidebarBesideArticle(element, tag)
				|| strong && !byMarkup && wrapsMarkedContent(words, text)) {
			return false;
		}
		return strong || text.proseChars() <= WEAK_MAX_PROSE_CHARS || text.linkDensity() > WEAK_MAX_LINK_DENSITY;
	}

	/**
	 * An {@code <aside>} without the headline is a sidebar however much prose it holds: beside a short article (a
	 * photo's caption, a short post) its widgets (the site's description, a party's programme) hold most of the
	 * page's prose. Pages misusing {@code <aside>} as a wrapper put the headline in it too.
	 */
	private static boolean isSidebarBesideArticle(Element element, String tag) {
		return tag.equals("aside") && element.selectFirst(ExtractionRules.H1) == null;
	}

	private static boolean wrapsMarkedContent(List<String> words, ElementText text) {
		return text.proseChars() >= MIN_MARKED_CONTENT_PROSE && text.linkDensity() < WEAK_MAX_LINK_DENSITY
				&& ClassWords.isContent(words) && ClassWords.namesWrapperFurniture(words);
	}

	/**
	 * An inline element with text on both sides ({@code von <a class="icon-arrow-left">COVID-19</a> kann}, {@code
	 * hol dir meinen <a class="newsletter-link">Newsletter</a>!}) is a word of the sentence, whatever its class says
	 * about its looks or where it links; taking it out would leave a gap in the text.
	 */
	private static boolean isWithinSentence(Element element, String tag) {
		return !ExtractionRules.BLOCK_TAGS.contains(tag) && element.previousSibling() instanceof TextNode before
				&& !before.isBlank() && element.nextSibling() instanceof TextNode after && !after.isBlank();
	}

	/**
	 * The header of an article (headline, standfirst, byline, date) is judged part by part instead of dropped as a
	 * whole: its standfirst is article text, its byline and date lines are furniture of their own.
	 */
	private static boolean isArticleHeader(Element element, String tag, List<String> words) {
		if (!tag.equals("header") && !words.contains("header")) {
			return false;
		}
		Element headline = element.selectFirst(ExtractionRules.H1_OR_H2);
		if (headline == null) {
			return false;
		}
		for (Element block : element.select(STANDFIRST_BLOCKS)) {
			if (block != headline && holdsNoBlock(block)) {
				ElementText text = ElementText.of(block);
				if (text.chars() >= MIN_STANDFIRST_CHARS && text.linkDensity() < WEAK_MAX_LINK_DENSITY) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A {@code <header>} holding nothing but a minor heading ({@code <header><h3>Pros of a car loan:</h3></header>},
	 * an accordion item's head) titles a section of the text, and so does an element named header holding nothing
	 * but an {@code <h2>}–{@code <h6>} (a site builder's heading block, {@code j-module j-header}): the tag also
	 * wraps an article's headline in {@code <h2>}. Page and article headers hold a logo, links or a standfirst
	 * besides.
	 */
	private static boolean isSectionHeading(Element element, String tag, List<String> words) {
		boolean byTag = tag.equals("header");
		if (!byTag && !words.contains("header") || element.childrenSize() != 1) {
			return false;
		}
		Element heading = element.firstElementChild();
		return (byTag ? ExtractionRules.MINOR_HEADING_TAGS : ExtractionRules.HEADING_TAGS).contains(heading.normalName())
				&& heading.text().length() == element.text().length();
	}

	private static boolean holdsNoBlock(Element block) {
		for (Element child : block.children()) {
			if (child.selectFirst(STANDFIRST_BLOCKS) != null) {
				return false;
			}
		}
		return true;
	}

}
