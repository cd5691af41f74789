package news.ingest.extract;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * An element whose attribute value the pattern finds something in: what jsoup's selector {@code [attr~=regex]}
 * matches in its default (legacy) mode, {@code hasAttr} then {@code find}. Written as an evaluator, not a selector,
 * as jsoup's coming "Web mode" reads {@code [attr~=value]} as CSS does, a whole word of the value.
 */
final class AttributeRegex extends Evaluator {

	private final String key;

	private final Pattern pattern;

	AttributeRegex(String key, Pattern pattern) {
		this.key = key;
		this.pattern = pattern;
	}

	@Override
	public boolean matches(Element root, Element element) {
		return element.hasAttr(this.key) && this.pattern.matcher(element.attr(this.key)).find();
	}

}
