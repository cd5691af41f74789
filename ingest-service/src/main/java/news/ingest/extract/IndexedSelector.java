package news.ingest.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A simple selector each of whose alternatives names its tag or an attribute the element must carry ({@code "h2,
 * h3"}, {@code "a[rel=author]"}, {@code "#app"}), parsed once. It can match only elements of those tags or with
 * those attributes, so {@link PageElements} tries it on those alone instead of on every element of the page (the
 * {@code Or} and {@code And} evaluators tried on every element cost 3–4 % of the extraction time). An alternative
 * with attribute conditions is filed under its first attribute, rarer than its tag (few links have a {@code rel}).
 */
record IndexedSelector(Set<String> tags, Set<String> attributes, Evaluator evaluator) {

	/**
	 * A tag name, conditions on the id, classes or attributes, or both; no combinators, pseudo-classes, universal
	 * tag, or {@code [attr!=value]} (which an element without the attribute matches too).
	 */
	private static final Pattern SIMPLE = Pattern
		.compile("([a-z][a-z0-9-]*)?((?:[#.][\\w-]+|\\[[a-z][a-z0-9:_-]*(?:[~^$*]?=[^\\[\\]\\s]+)?])*)");

	private static final Pattern FIRST_ATTRIBUTE = Pattern.compile("\\[([a-z][a-z0-9:_-]*)");

	IndexedSelector {
		tags = Set.copyOf(tags);
		attributes = Set.copyOf(attributes);
	}

	/** @throws IllegalArgumentException when an alternative names neither a tag nor an attribute, or is not simple */
	static IndexedSelector parse(String css) {
		Set<String> tags = new LinkedHashSet<>();
		Set<String> attributes = new LinkedHashSet<>();
		for (String alternative : List.of(css.split(","))) {
			var m = SIMPLE.matcher(alternative.strip());
			if (!m.matches() || m.group(1) == null && m.group(2).isEmpty()) {
				throw new IllegalArgumentException("Not a tag or attribute with conditions: '" + alternative + "'");
			}
			String conditions = m.group(2);
			if (conditions.isEmpty()) {
				tags.add(m.group(1));
			}
			else {
				attributes.add(firstAttribute(conditions));
			}
		}
		return new IndexedSelector(tags, attributes, QueryParser.parse(css));
	}

	private static String firstAttribute(String conditions) {
		return switch (conditions.charAt(0)) {
			case '#' -> "id";
			case '.' -> "class";
			default -> {
				var m = FIRST_ATTRIBUTE.matcher(conditions);
				m.lookingAt();
				yield m.group(1);
			}
		};
	}

}
