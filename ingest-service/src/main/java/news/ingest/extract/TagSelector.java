package news.ingest.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A simple selector each of whose alternatives names its tag ({@code "h2, h3, h4"},
 * {@code "meta[property=og:type]"}), parsed once. It can match only elements of those tags, so {@link PageElements}
 * tries it on those alone instead of on every element of the page (the {@code Or} and {@code And} evaluators tried
 * on every element cost 3–4 % of the extraction time).
 */
record TagSelector(Set<String> tags, Evaluator evaluator) {

	/** A tag name and attribute conditions, nothing else: no combinators, pseudo-classes or universal tag. */
	private static final Pattern TAG_AND_ATTRIBUTES = Pattern.compile("([a-z][a-z0-9-]*)(\\[[^\\[\\]\\s]+])*");

	TagSelector {
		tags = Set.copyOf(tags);
	}

	/** @throws IllegalArgumentException when an alternative does not start with a tag name or is not simple */
	static TagSelector parse(String css) {
		Set<String> tags = new LinkedHashSet<>();
		for (String alternative : List.of(css.split(","))) {
			var m = TAG_AND_ATTRIBUTES.matcher(alternative.strip());
			if (!m.matches()) {
				throw new IllegalArgumentException("Not a tag with attribute conditions: '" + alternative + "'");
			}
			tags.add(m.group(1));
		}
		return new TagSelector(tags, QueryParser.parse(css));
	}

}
