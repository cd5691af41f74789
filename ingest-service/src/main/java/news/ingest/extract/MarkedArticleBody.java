package news.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The article text as the page marks it up ({@code itemprop=articleBody}), when the markup can be trusted. */
final class MarkedArticleBody {

	/** Explicit article-body markup with less text is a teaser or an empty shell. */
	private static final int MIN_MARKED_BODY_CHARS = 200;

	/** The chosen item (article, card) must hold at least this share of the marked text, or all are cards. */
	private static final double MIN_MARKED_ITEM_SHARE = 0.6;

	/** Parsed once: jsoup parses a selector string on every call. */
	private static final Evaluator ARTICLE_BODY = QueryParser.parse(ExtractionRules.ARTICLE_BODY);

	private MarkedArticleBody() {
	}

	/**
	 * Marked bodies grouped by the item they belong to (their closest {@code itemscope} ancestor): one article may
	 * split its body over several marked blocks, but bodies of several items are teaser cards of other posts, next
	 * to the article or on their own. The item holding most of the marked text wins; when none does, the markup
	 * says nothing about where the article is.
	 */
	static List<Element> find(Element root) {
		List<Element> marked = new ArrayList<>();
		Map<Element, List<Element>> bodiesByItem = new LinkedHashMap<>();
		Map<Element, Integer> charsByItem = new LinkedHashMap<>();
		for (Element body : root.select(ARTICLE_BODY)) {
			if (marked.stream().noneMatch((outer) -> body.parents().contains(outer))) {
				marked.add(body);
				Element item = itemOf(body, root);
				bodiesByItem.computeIfAbsent(item, (key) -> new ArrayList<>()).add(body);
				charsByItem.merge(item, body.text().length(), Integer::sum);
			}
		}
		int chars = charsByItem.values().stream().mapToInt(Integer::intValue).sum();
		Element item = null;
		for (Map.Entry<Element, Integer> entry : charsByItem.entrySet()) {
			if (item == null || entry.getValue() > charsByItem.get(item)) {
				item = entry.getKey();
			}
		}
		if (item == null || charsByItem.get(item) < MIN_MARKED_BODY_CHARS
				|| charsByItem.get(item) < chars * MIN_MARKED_ITEM_SHARE) {
			return List.of();
		}
		return bodiesByItem.get(item);
	}

	private static Element itemOf(Element body, Element root) {
		for (Element ancestor = body.parent(); ancestor != null && ancestor != root; ancestor = ancestor.parent()) {
			if (ancestor.hasAttr("itemscope")) {
				return ancestor;
			}
		}
		return root;
	}

}
