package news.ingest.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** The words of an element's class and id ({@code "shareBar related-posts"} → share, bar, related, posts). */
final class ClassWords {

	private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z])(?=[A-Z])");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Pattern POST_MARKER = Pattern.compile("(?:^|\\s)(?:hentry|type-[\\w-]+)(?:\\s|$)");

	private static final Pattern TERM_CLASS = Pattern.compile("(?:^|\\s)(?:category|tag|post_tag|format)-\\S+");

	private ClassWords() {
	}

	static List<String> of(Element element) {
		String classAndId = ownClasses(element) + " " + element.id();
		if (classAndId.isBlank()) {
			return List.of();
		}
		String words = CAMEL_HUMP.matcher(classAndId).replaceAll("-").toLowerCase(Locale.ROOT);
		return Arrays.stream(NON_WORD.split(words)).filter((word) -> !word.isEmpty()).toList();
	}

	/**
	 * The class attribute without the term classes blog engines put on a post ({@code category-newsletter},
	 * {@code tag-garden} next to {@code hentry} / {@code type-post}): they name the post's topics, not the
	 * element's role.
	 */
	private static String ownClasses(Element element) {
		String classes = element.className();
		if (!POST_MARKER.matcher(classes).find()) {
			return classes;
		}
		return TERM_CLASS.matcher(classes).replaceAll(" ");
	}

	static boolean isFurniture(List<String> words) {
		for (String word : words) {
			if (ExtractionRules.FURNITURE_WORDS.contains(word)) {
				return true;
			}
			for (String prefix : ExtractionRules.FURNITURE_PREFIXES) {
				if (word.startsWith(prefix)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean isWeakFurniture(List<String> words) {
		return words.stream().anyMatch(ExtractionRules.WEAK_FURNITURE_WORDS::contains);
	}

	static boolean isContent(List<String> words) {
		return words.stream().anyMatch(ExtractionRules.CONTENT_WORDS::contains);
	}

}
