package news.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the elements holding the article text in a cleaned page. Explicit {@code itemprop=articleBody} markup wins
 * when it holds enough text; otherwise containers are scored readability-style: every paragraph adds points for
 * its length and commas to its parent and, decaying, to its ancestors; link-heavy containers lose points; the best
 * container is joined by siblings that score nearly as well, unless they are lists of cut-off excerpts. A short
 * winner carried by its class word alone gives way to a block elsewhere whose article holds several times its prose,
 * staying in front of it as the standfirst when it sits under the headline.
 */
final class MainContentLocator {

	/** Shorter paragraphs are captions, buttons and labels; they say nothing about where the article is. */
	private static final int MIN_PARAGRAPH_CHARS = 25;

	/** One point per this many characters of a paragraph, capped, so one long block cannot outweigh many. */
	private static final int CHARS_PER_POINT = 100;

	private static final int MAX_LENGTH_POINTS = 3;

	/** Ancestors up to this many levels above a paragraph share its score. */
	private static final int SCORED_LEVELS = 5;

	/** Class/id words weigh as much as several paragraphs, as in Readability. */
	private static final double CLASS_WEIGHT = 25;

	/** Candidates made of cut-off excerpts passed over before taking the first after all (a listing page's). */
	private static final int MAX_EXCERPT_BLOCKS = 3;

	/** Siblings scoring at least this share of the best container continue the article. */
	private static final double SIBLING_SHARE = 0.2;

	/** ...but never fewer than this many points, so near-empty siblings of a weak winner stay out. */
	private static final double MIN_SIBLING_SCORE = 10;

	/** A sibling paragraph this long with few links continues the article even without a score. */
	private static final int SIBLING_PARAGRAPH_CHARS = 80;

	private static final double SIBLING_MAX_LINK_DENSITY = 0.25;

	/** The parent is taken instead when it adds at least this many characters of prose (a lead, a section) ... */
	private static final int MIN_WIDENING_PROSE_CHARS = 100;

	/** ... and, unless all of it comes before the content, at least this share of the prose found so far ... */
	private static final double MIN_WIDENING_SHARE = 0.3;

	/** A lead or standfirst before the content is short; a longer block before it is something else. */
	private static final int MAX_LEAD_CHARS = 600;

	/** A rival to a short winner holds at least this many paragraphs ... */
	private static final int MIN_RIVAL_PARAGRAPHS = 2;

	/** ... and its article replaces the winner's when it holds this many times the prose. */
	private static final double MIN_OUTWEIGHING_SHARE = 2;

	/** Links this long read as headlines; this many of them make a teaser list, not prose with links. */
	private static final int MIN_HEADLINE_LINK_CHARS = 30;

	private static final int MIN_TEASER_LINKS = 3;

	/** A teaser block with more prose than this is a listing's worth of excerpts, not a card inside an article. */
	private static final int MAX_TEASER_BLOCK_PROSE_CHARS = 300;

	/** ... in text that is not mostly links (teaser lists, menus). */
	private static final double MAX_WIDENING_LINK_DENSITY = 0.3;

	/** Parsed once: jsoup parses a selector string on every call. */
	private static final Evaluator SCORED_PARAGRAPHS = QueryParser.parse(ExtractionRules.SCORED_PARAGRAPHS);

	private static final Evaluator DIV = QueryParser.parse("div");

	/**
	 * Parsed once too, combinators and all: {@code select} and {@code selectFirst} clear a selector's per-thread
	 * memo of matches when they return, so no page is held and each call starts afresh, as with a new parse.
	 */
	private static final Evaluator LINKED_HEADINGS = QueryParser.parse(ExtractionRules.LINKED_HEADINGS);

	private static final Evaluator PAGE_LINK = QueryParser.parse("a[href]:not([href^=#])");

	private static final Evaluator TABLE_ROW = QueryParser.parse("tr");

	/** The content elements in document order, led by a standfirst that sits between the headline and them. */
	List<Element> locate(Element root) {
		List<Element> content = locateBody(root);
		List<Element> standfirst = StandfirstFinder.find(content);
		if (standfirst.isEmpty()) {
			return content;
		}
		List<Element> led = new ArrayList<>(standfirst);
		led.addAll(content);
		return led;
	}

	private List<Element> locateBody(Element root) {
		List<Element> marked = MarkedArticleBody.find(root);
		if (!marked.isEmpty()) {
			return marked;
		}
		Map<Element, Double> scores = score(root);
		discountLinks(scores);
		Element first = best(scores, Set.of());
		// Excerpts of other posts cut off with "…" score like prose; a short post next to them must still win. A
		// block of them (or a wrapper holding mostly them) gives way to the next candidate; when the first few
		// candidates are all such blocks, the page is a listing and its excerpts are all there is.
		Element best = first;
		Set<Element> excerpts = new HashSet<>();
		while (best != null && CutOffExcerpts.dominate(best)) {
			excerpts.add(best);
			best = (excerpts.size() < MAX_EXCERPT_BLOCKS) ? best(scores, excerpts) : null;
		}
		if (best == null) {
			best = first;
		}
		if (best == null) {
			return List.of(root);
		}
		List<Element> content = around(best, root, scores);
		Element rival = outweighing(best, content, scores);
		if (rival == null) {
			return content;
		}
		List<Element> rivalContent = around(rival, root, scores);
		if (prose(rivalContent) < prose(content) * MIN_OUTWEIGHING_SHARE) {
			return content;
		}
		// The winner under the headline, in a block of the page before the rival's, is the article's standfirst.
		Element top = topBlock(best, root);
		Element rivalTop = topBlock(rivalContent.get(0), root);
		if (top != rivalTop && top.elementSiblingIndex() < rivalTop.elementSiblingIndex()
				&& top.selectFirst(ExtractionRules.H1) != null) {
			List<Element> led = new ArrayList<>(content);
			led.addAll(rivalContent);
			return led;
		}
		return rivalContent;
	}

	/** The best container, climbed past lone-child levels and widened, with the siblings continuing it. */
	private static List<Element> around(Element best, Element root, Map<Element, Double> scores) {
		double bestScore = scores.get(best);
		// A lone child is no narrower than its parent; climbing lets the parent's siblings join.
		while (best.parent() != null && best.parent() != root && best.parent().childrenSize() == 1) {
			best = best.parent();
		}
		List<Element> posts = ForumThread.posts(best, root);
		if (!posts.isEmpty()) {
			return posts;
		}
		return withSiblings(widen(best, root), bestScore, scores);
	}

	/**
	 * A block as short as a standfirst that wins by its class word alone ("post-text" around one paragraph) is
	 * checked against the best block outside the article found around it that would win without that word and holds
	 * several paragraphs: the article's sections, in containers named for their layout, which widening cannot reach
	 * when each is a block of the page of its own. Teaser lists and excerpts of other posts are no rivals: a short
	 * post keeps its place above its "read next" cards; a lone paragraph (a quote, a blurb for search engines) is
	 * none either.
	 */
	private static Element outweighing(Element best, List<Element> content, Map<Element, Double> scores) {
		if (ElementText.of(best).proseChars() > MAX_LEAD_CHARS || !ClassWords.isContent(ClassWords.of(best))) {
			return null;
		}
		Set<Element> taken = new HashSet<>(content);
		// The article's blocks and every element around one of them: a rival neither holds the article nor lies in it.
		Set<Element> holding = new HashSet<>();
		for (Element block : content) {
			for (Element ancestor = block; ancestor != null; ancestor = ancestor.parent()) {
				holding.add(ancestor);
			}
		}
		Element rival = null;
		double rivalScore = scores.get(best) - CLASS_WEIGHT;
		for (Map.Entry<Element, Double> entry : scores.entrySet()) {
			Element candidate = entry.getKey();
			if (entry.getValue() > rivalScore && !holding.contains(candidate) && !isWithin(candidate, taken)
					&& paragraphCount(candidate) >= MIN_RIVAL_PARAGRAPHS && !isTeaserList(candidate)
					&& !CutOffExcerpts.dominate(candidate)) {
				rival = candidate;
				rivalScore = entry.getValue();
			}
		}
		return rival;
	}

	/** The block of the page (a child of the root) holding the element. */
	private static Element topBlock(Element element, Element root) {
		Element top = element;
		while (top.parent() != root) {
			top = top.parent();
		}
		return top;
	}

	private static int prose(List<Element> blocks) {
		int prose = 0;
		for (Element block : blocks) {
			prose += ElementText.of(block).proseChars();
		}
		return prose;
	}

	private static int paragraphCount(Element block) {
		int count = 0;
		for (Element paragraph : block.select(SCORED_PARAGRAPHS)) {
			count += (paragraph.text().length() >= MIN_PARAGRAPH_CHARS) ? 1 : 0;
		}
		return count;
	}

	/** Replaces each score by what is left once the share of text in links is discounted. */
	private static void discountLinks(Map<Element, Double> scores) {
		scores.replaceAll((element, score) -> score * (1 - ElementText.of(element).linkDensity()));
	}

	/** The highest-scoring candidate outside the excluded blocks. */
	private static Element best(Map<Element, Double> scores, Set<Element> excluded) {
		Element best = null;
		double bestScore = 0;
		for (Map.Entry<Element, Double> entry : scores.entrySet()) {
			if (entry.getValue() > bestScore && !isWithin(entry.getKey(), excluded)) {
				best = entry.getKey();
				bestScore = entry.getValue();
			}
		}
		return best;
	}

	private static boolean isWithin(Element element, Set<Element> blocks) {
		if (blocks.isEmpty()) {
			return false;
		}
		for (Element ancestor = element; ancestor != null; ancestor = ancestor.parent()) {
			if (blocks.contains(ancestor)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Climbs while the parent adds prose with few links, either a sizeable continuation (articles split over
	 * sections or tabs) or text placed before the content (a lead or standfirst in a block of its own). Levels that
	 * add nothing are passed through. A short teaser block among the added sections ("read also" cards between
	 * the parts of an article) is left out of the count and removed once the container widens past it; a long one
	 * stops the climb, as the parent is then a listing; so does a block of excerpts cut off with "…".
	 */
	private static Element widen(Element best, Element root) {
		Element widest = best;
		int prose = ElementText.of(best).proseChars();
		List<Element> teasers = new ArrayList<>();
		for (Element current = best; current.parent() != null && current.parent() != root;) {
			Element parent = current.parent();
			int chars = 0;
			int linkChars = 0;
			int proseBefore = 0;
			boolean before = true;
			boolean listing = false;
			for (Element sibling : parent.children()) {
				if (sibling == current) {
					before = false;
					continue;
				}
				ElementText text = ElementText.of(sibling);
				if (text.linkChars() > 0 && isTeaserList(sibling) || CutOffExcerpts.dominate(sibling)) {
					listing |= text.proseChars() > MAX_TEASER_BLOCK_PROSE_CHARS;
					teasers.add(sibling);
					continue;
				}
				chars += text.chars();
				linkChars += text.linkChars();
				proseBefore += before ? text.proseChars() : 0;
			}
			current = parent;
			if (chars < MIN_WIDENING_PROSE_CHARS && !listing) {
				continue;
			}
			int extraProse = chars - linkChars;
			boolean proseLike = extraProse >= MIN_WIDENING_PROSE_CHARS
					&& (double) linkChars / chars <= MAX_WIDENING_LINK_DENSITY && !listing;
			boolean lead = proseBefore == extraProse && extraProse <= MAX_LEAD_CHARS;
			if (!proseLike || extraProse < prose * MIN_WIDENING_SHARE && !lead) {
				break;
			}
			teasers.forEach(Element::remove);
			teasers.clear();
			widest = parent;
			prose += extraProse;
		}
		return widest;
	}

	/**
	 * Linked headings, or several links with headline-length text: teasers of other pages. A data table's links to
	 * its items (a test's products by their long names) are no headlines.
	 */
	private static boolean isTeaserList(Element element) {
		if (element.selectFirst(LINKED_HEADINGS) != null) {
			return true;
		}
		int headlines = 0;
		for (Element link : element.select(PAGE_LINK)) {
			if (link.text().length() >= MIN_HEADLINE_LINK_CHARS && !isInDataRow(link)
					&& ++headlines >= MIN_TEASER_LINKS) {
				return true;
			}
		}
		return false;
	}

	private static boolean isInDataRow(Element link) {
		Element row = link.closest(TABLE_ROW);
		return row != null && DataRows.namesItems(row);
	}

	private static Map<Element, Double> score(Element root) {
		// Elements compare by identity; insertion order makes ties between containers go to the first scored one,
		// where identity hash order picked a different winner from run to run.
		Map<Element, Double> scores = new LinkedHashMap<>();
		for (Element paragraph : paragraphs(root)) {
			boolean textDiv = paragraph.normalName().equals("div");
			String text = textDiv ? inlineText(paragraph) : paragraph.text();
			if (text.length() < MIN_PARAGRAPH_CHARS) {
				continue;
			}
			double points = 1 + commas(text) + Math.min(text.length() / CHARS_PER_POINT, MAX_LENGTH_POINTS);
			// Text directly in a div is a paragraph of that div, as if wrapped in <p>.
			Element ancestor = textDiv ? paragraph : paragraph.parent();
			for (int level = 0; level < SCORED_LEVELS && ancestor != null && ancestor != root.parent(); level++) {
				double share = (level == 0) ? 1 : (level == 1) ? 2 : level * 3;
				double base = scores.containsKey(ancestor) ? scores.get(ancestor) : initialScore(ancestor);
				scores.put(ancestor, base + points / share);
				ancestor = ancestor.parent();
			}
		}
		return scores;
	}

	/** Paragraph elements, plus divs that hold text directly (pages that never use {@code <p>}). */
	private static List<Element> paragraphs(Element root) {
		List<Element> paragraphs = new ArrayList<>(root.select(SCORED_PARAGRAPHS));
		for (Element div : root.select(DIV)) {
			if (div.textNodes().stream().anyMatch((t) -> !t.isBlank())) {
				paragraphs.add(div);
			}
		}
		return paragraphs;
	}

	/** Text of a div's own text nodes and inline children, leaving out nested blocks scored on their own. */
	private static String inlineText(Element div) {
		StringBuilder text = new StringBuilder();
		for (Node child : div.childNodes()) {
			if (child instanceof TextNode node) {
				text.append(node.text());
			}
			else if (child instanceof Element element && !ExtractionRules.BLOCK_TAGS.contains(element.normalName())) {
				text.append(element.text());
			}
		}
		return text.toString().trim();
	}

	private static double initialScore(Element element) {
		double score = switch (element.normalName()) {
			case "div", "article", "main" -> 5;
			case "pre", "td", "blockquote" -> 3;
			case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
			case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
			default -> 0;
		};
		List<String> words = ClassWords.of(element);
		if (ClassWords.isContent(words)) {
			score += CLASS_WEIGHT;
		}
		if (ClassWords.isFurniture(words) || ClassWords.isWeakFurniture(words)) {
			score -= CLASS_WEIGHT;
		}
		return score;
	}

	private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
		Element parent = best.parent();
		if (parent == null) {
			return List.of(best);
		}
		double threshold = Math.max(MIN_SIBLING_SCORE, bestScore * SIBLING_SHARE);
		List<Element> content = new ArrayList<>();
		List<Element> headings = new ArrayList<>();
		for (Element sibling : parent.children()) {
			// A heading right before a joined block (empty ones between) is its title: "Module" above an accordion.
			if (ExtractionRules.HEADING_TAGS.contains(sibling.normalName()) || !sibling.hasText()) {
				headings.add(sibling);
				continue;
			}
			Double score = scores.get(sibling);
			// Paragraphs split over repeated blocks ("card", "text-block") share the best block's class.
			boolean sameKind = isSameKind(sibling, best);
			if (score != null && sameKind) {
				score += bestScore * SIBLING_SHARE;
			}
			// Excerpts of other posts cut off with "…" score like prose (a blog's "you may also like" after a short post).
			if (sibling == best || score != null && score >= threshold && !CutOffExcerpts.dominate(sibling)
					|| isProse(sibling, sameKind)) {
				content.addAll(headings);
				content.add(sibling);
			}
			headings.clear();
		}
		return content;
	}

	/**
	 * Blocks of one kind: of the same tag and first class, one's classes all among the other's. A component's
	 * modifiers, written after its name, set one apart without making it another kind ({@code grid-container} and
	 * {@code grid-container grey-lightest has-title}, a section with a shaded background and a heading); a utility
	 * class two blocks share ({@code mb5}, a margin) says nothing of what they are.
	 */
	private static boolean isSameKind(Element sibling, Element best) {
		if (!sibling.normalName().equals(best.normalName())) {
			return false;
		}
		Set<String> classes = best.classNames();
		Set<String> siblingClasses = sibling.classNames();
		return !classes.isEmpty() && !siblingClasses.isEmpty()
				&& classes.iterator().next().equals(siblingClasses.iterator().next())
				&& (classes.containsAll(siblingClasses) || siblingClasses.containsAll(classes));
	}

	/**
	 * A paragraph, or a block of the best one's kind (the next section of an accordion, a row of a page builder,
	 * whose text sits too deep or in too few paragraphs to score), with enough text and few links.
	 */
	private static boolean isProse(Element sibling, boolean sameKind) {
		if (!sameKind && !sibling.normalName().equals("p")) {
			return false;
		}
		ElementText text = ElementText.of(sibling);
		return text.chars() > SIBLING_PARAGRAPH_CHARS && text.linkDensity() < SIBLING_MAX_LINK_DENSITY
				&& !(sameKind && CutOffExcerpts.dominate(sibling));
	}

	private static int commas(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ',' || c == '،' || c == '，') {
				count++;
			}
		}
		return count;
	}

}
