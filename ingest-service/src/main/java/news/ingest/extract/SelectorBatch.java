package news.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Several CSS selectors matched in one walk of a page instead of one walk each: every {@code select} visits every
 * node, and a page was walked some twenty times. Each result is what {@code root.select(selector)} gives, in
 * document order. Only simple selectors (tags, ids, classes, attributes, comma lists of them): combinators and
 * {@code :not} memoise their matches until jsoup's own {@code select} resets them, which a batch cannot do.
 */
final class SelectorBatch {

	private final List<String> selectors;

	private final List<Evaluator> evaluators = new ArrayList<>();

	SelectorBatch(String... selectors) {
		this.selectors = List.of(selectors);
		for (String selector : selectors) {
			this.evaluators.add(QueryParser.parse(selector));
		}
	}

	/**
	 * The elements of {@code root} (itself included) matching each selector, by selector; {@code alongside} visits
	 * every node in the same walk, after the selectors, so a page read for more than its parts is walked once.
	 */
	Map<String, Elements> select(Element root, NodeVisitor alongside) {
		List<Elements> found = new ArrayList<>();
		this.evaluators.forEach((evaluator) -> found.add(new Elements()));
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof Element element) {
					for (int i = 0; i < SelectorBatch.this.evaluators.size(); i++) {
						if (SelectorBatch.this.evaluators.get(i).matches(root, element)) {
							found.get(i).add(element);
						}
					}
				}
				alongside.head(node, depth);
			}

			@Override
			public void tail(Node node, int depth) {
				alongside.tail(node, depth);
			}
		}, root);
		Map<String, Elements> bySelector = new HashMap<>();
		for (int i = 0; i < this.selectors.size(); i++) {
			bySelector.put(this.selectors.get(i), found.get(i));
		}
		return bySelector;
	}

}
