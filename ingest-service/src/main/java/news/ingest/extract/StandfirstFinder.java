package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the standfirst that sits between the headline and the chosen content: the lead paragraph many pages put in
 * the article header ({@code <p class="intro">}, {@code <div class="abstract">}, {@code itemprop=description})
 * while the body container, or the {@code itemprop=articleBody} markup, starts below it. Only the headline's
 * siblings and those of its nearest ancestors are looked at, up to the content, so no walk of the whole page.
 */
final class StandfirstFinder {

	/**
	 * Levels above the content whose earlier siblings are searched for the headline: page builders nest the
	 * article text some ten levels below the element the header shares with it.
	 */
	private static final int SEARCHED_LEVELS = 10;

	/**
	 * Shorter blocks are kickers, labels and datelines; longer ones are sections of their own. A marked lead may run
	 * to a paragraph of several sentences (a news item's teaser text of 650–900 characters).
	 */
	private static final int MIN_CHARS = 80;

	private static final int MAX_CHARS = 1000;

	private static final double MAX_LINK_DENSITY = 0.3;

	/** Levels above the content whose earlier siblings may hold the lead when no headline anchors the search. */
	private static final int ADJACENT_LEVELS = 3;

	/** Parsed once: jsoup parses a selector string on every call. */
	private static final Evaluator STANDFIRST_BLOCKS = QueryParser.parse(ExtractionRules.STANDFIRST_BLOCKS);

	private StandfirstFinder() {
	}

	/**
	 * The standfirst blocks in document order: the marked lead blocks between a headline shortly before the content
	 * and the content, or, with no headline found there (pages heading the article with an {@code <h2>}, or whose
	 * header block went with the furniture), a marked lead block right before the content.
	 */
	static List<Element> find(List<Element> content) {
		List<Element> leads = marked(content);
		if (leads.isEmpty()) {
			return leads;
		}
		// A teaser repeating a paragraph of the text (its last, as a summing-up) is no lead of its own.
		String text = content.stream().map(Element::text).collect(Collectors.joining(" "));
		return leads.stream().filter((lead) -> !text.contains(lead.text())).toList();
	}

	private static List<Element> marked(List<Element> content) {
		if (content.isEmpty()) {
			return List.of();
		}
		Element first = content.get(0);
		List<Element> path = new ArrayList<>();
		Element ancestor = first;
		for (int i = 0; i < SEARCHED_LEVELS && ancestor.parent() != null; i++, ancestor = ancestor.parent()) {
			path.add(ancestor);
			for (Element before = ancestor.previousElementSibling(); before != null;
					before = before.previousElementSibling()) {
				Element headline = before.nameIs("h1") ? before : before.select(ExtractionRules.H1).last();
				if (headline != null) {
					return between(headline, before, path);
				}
			}
		}
		return adjacent(first);
	}

	/**
	 * Marked lead blocks after the headline, up to the content: at each level up to the branch holding the content,
	 * then down the content's own ancestors, whose earlier children come before it too ({@code <div
	 * class="teaser-text">} beside {@code <div itemprop="articleBody">} in a wrapper the headline is outside of).
	 */
	private static List<Element> between(Element headline, Element branch, List<Element> contentPath) {
		List<Element> leads = new ArrayList<>();
		for (Element level = headline; level != null; level = level.parent()) {
			for (Element next = level.nextElementSibling(); next != null; next = next.nextElementSibling()) {
				int onPath = contentPath.indexOf(next);
				if (onPath >= 0) {
					for (int i = onPath - 1; i >= 0; i--) {
						Element child = contentPath.get(i);
						for (Element earlier = child.parent().firstElementChild(); earlier != child;
								earlier = earlier.nextElementSibling()) {
							if (isStandfirst(earlier)) {
								leads.add(earlier);
							}
						}
					}
					return leads;
				}
				if (isStandfirst(next) || level == headline && next == headline.nextElementSibling() && isSubtitle(next)) {
					leads.add(next);
				}
			}
			if (level == branch) {
				break;
			}
		}
		return leads;
	}

	/**
	 * The marked lead block nearest before the content, climbing a few levels: only blocks without text (images,
	 * empty wrappers) or short ones (kickers, datelines) may stand between. The block may sit in a header of its own,
	 * beside little other text ({@code <div class="article-header"><p class="article-excerpt">…}).
	 */
	private static List<Element> adjacent(Element first) {
		Element ancestor = first;
		for (int i = 0; i < ADJACENT_LEVELS && ancestor.parent() != null; i++, ancestor = ancestor.parent()) {
			for (Element before = ancestor.previousElementSibling(); before != null;
					before = before.previousElementSibling()) {
				int chars = ElementText.of(before).chars();
				if (chars == 0) {
					continue;
				}
				Element lead = leadIn(before, chars);
				if (lead != null) {
					return List.of(lead);
				}
				if (chars >= MIN_CHARS) {
					return List.of();
				}
			}
		}
		return List.of();
	}

	/** The block itself, or the first marked lead inside it when the rest of its text is no longer than the lead. */
	private static Element leadIn(Element block, int chars) {
		for (Element candidate : block.select(STANDFIRST_BLOCKS)) {
			if (isStandfirst(candidate)) {
				int leadChars = ElementText.of(candidate).chars();
				return (chars - leadChars <= Math.max(MIN_CHARS, leadChars)) ? candidate : null;
			}
		}
		return null;
	}

	/** An {@code <h2>} right under the headline holding a sentence, not a section title: the subtitle. */
	private static boolean isSubtitle(Element element) {
		return element.nameIs("h2") && isLeadSized(element);
	}

	private static boolean isStandfirst(Element element) {
		boolean marked = element.attr("itemprop").equals("description")
				|| ClassWords.of(element).stream().anyMatch(ExtractionRules.STANDFIRST_WORDS::contains);
		return marked && isLeadSized(element);
	}

	private static boolean isLeadSized(Element element) {
		ElementText text = ElementText.of(element);
		return text.chars() >= MIN_CHARS && text.chars() <= MAX_CHARS && text.linkDensity() <= MAX_LINK_DENSITY;
	}

}
