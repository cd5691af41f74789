package news.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page's {@code <meta>} and {@code <link>} tags, also filed by the values of the attributes that name them
 * ({@code name}, {@code property}, ...). Some fifty selectors of the form {@code meta[name=author]} are matched per
 * page; tried on every tag they cost 2.5 % of the extraction time, looked up they are tried on the few tags with
 * that value. Exact: a tag the selector matches has that attribute with a value equal to the selector's but for
 * case (jsoup compares them ignoring case, or lower-cased, or as they are), so it is filed under the same
 * {@link #fold} of the value; the selector still decides on each tag found.
 */
final class HeadTags {

	private static final IndexedSelector HEAD_TAGS = IndexedSelector.parse("meta, link");

	/** The attributes the selectors of {@link MetadataRules} ask for; a selector on any other reads every tag. */
	private static final Set<String> FILED_ATTRIBUTES = Set.of("name", "property", "itemprop", "http-equiv", "rel");

	private final Document page;

	private final List<Element> tags;

	private final Map<String, List<Element>> byValue = new HashMap<>();

	HeadTags(PageElements elements) {
		this.page = elements.page();
		this.tags = elements.select(HEAD_TAGS);
		for (Element tag : this.tags) {
			for (Attribute attribute : tag.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				if (FILED_ATTRIBUTES.contains(name)) {
					List<Element> filed = this.byValue.computeIfAbsent(key(name, attribute.getValue()),
							(k) -> new ArrayList<>());
					// Once per tag, should it repeat an attribute in another case.
					if (filed.isEmpty() || filed.get(filed.size() - 1) != tag) {
						filed.add(tag);
					}
				}
			}
		}
	}

	/** The tags the selector matches, in document order, as {@code page.select} would find them. */
	List<Element> matching(Selector selector) {
		List<Element> candidates = this.tags;
		if (selector.value() != null && FILED_ATTRIBUTES.contains(selector.attribute())) {
			candidates = this.byValue.getOrDefault(key(selector.attribute(), selector.value()), List.of());
		}
		List<Element> matches = new ArrayList<>();
		for (Element tag : candidates) {
			if (selector.evaluator().matches(this.page, tag)) {
				matches.add(tag);
			}
		}
		return matches;
	}

	private static String key(String attribute, String value) {
		return attribute + '=' + fold(value);
	}

	/**
	 * Each character in the case both {@code String.equalsIgnoreCase} and lower-casing compare it in, for an ASCII
	 * value such as a selector's: two strings equal ignoring case have equal folds, and so do two whose lower case is
	 * the same ASCII string (the Kelvin sign is a "k").
	 */
	static String fold(String value) {
		char[] chars = value.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
		}
		return new String(chars);
	}

	/**
	 * A selector of head tags, parsed once; for the form {@code tag[attribute=value]} with a plain ASCII value also
	 * that attribute and value, else null for both.
	 */
	record Selector(Evaluator evaluator, String attribute, String value) {

		private static final Pattern ATTRIBUTE_EQUALS = Pattern.compile("[a-z]+\\[([a-z-]+)=([!#-&(-\\[^-~]+)]");

		static Selector parse(String css) {
			var m = ATTRIBUTE_EQUALS.matcher(css);
			return m.matches() ? new Selector(QueryParser.parse(css), m.group(1), m.group(2))
					: new Selector(QueryParser.parse(css), null, null);
		}

	}

}
