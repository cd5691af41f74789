package news.ingest.extract;

import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What a reader of the page sees of a name: the body's text without hidden elements (the {@code hidden} attribute,
 * {@code display:none}, a class ending in "hidden" as themes mark their schema.org copies of the byline, {@code
 * <span class="rich-snippet-hidden">}, though not "overflow-hidden" or "field--label-hidden"), scripts, form
 * controls and meta tags. Built once, on the first question.
 */
final class ShownText {

	private final Element body;

	private String text;

	ShownText(Element body) {
		this.body = body;
	}

	/** Whether the name stands in the shown text, in any letter case and with soft hyphens set aside. */
	boolean shows(String name) {
		return text().contains(comparable(name));
	}

	private String text() {
		if (this.text == null) {
			StringBuilder shown = new StringBuilder();
			if (this.body != null) {
				NodeTraversor.filter(new NodeFilter() {
					@Override
					public FilterResult head(Node node, int depth) {
						if (node instanceof Element element && depth > 0 && isHidden(element)) {
							return FilterResult.SKIP_ENTIRELY;
						}
						if (node instanceof TextNode t) {
							shown.append(t.text()).append(' ');
						}
						return FilterResult.CONTINUE;
					}
				}, this.body);
			}
			this.text = comparable(shown.toString());
		}
		return this.text;
	}

	/** Whether a reader never sees the element's text. */
	static boolean isHidden(Element element) {
		if (BoilerplateRemover.isNonText(element)) {
			return true;
		}
		for (String token : element.classNames()) {
			String lower = token.toLowerCase(Locale.ROOT);
			// "overflow-hidden" clips a visible box's edges; Drupal's "field--label-hidden" shows a field without its
			// label.
			if (lower.endsWith("hidden") && !lower.contains("overflow") && !lower.endsWith("label-hidden")) {
				return true;
			}
		}
		return false;
	}

	private static String comparable(String text) {
		return TextNormalizer.collapseWithoutSoftHyphens(text).toLowerCase(Locale.ROOT);
	}

}
