package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

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

	/** Shorter blocks are kickers, labels and datelines; longer ones are sections of their own. */
	private static final int MIN_CHARS = 80;

	private static final int MAX_CHARS = 600;

	private static final double MAX_LINK_DENSITY = 0.3;

	private StandfirstFinder() {
	}

	/**
	 * The standfirst blocks in document order, or none when no headline comes shortly before the content or no
	 * marked lead block lies between them.
	 */
	static List<Element> find(List<Element> content) {
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
		return List.of();
	}

	/** Marked lead blocks after the headline, up to the branch holding the content. */
	private static List<Element> between(Element headline, Element branch, List<Element> contentPath) {
		List<Element> leads = new ArrayList<>();
		for (Element level = headline; level != null; level = level.parent()) {
			for (Element next = level.nextElementSibling(); next != null; next = next.nextElementSibling()) {
				if (contentPath.contains(next)) {
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
