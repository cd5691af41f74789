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

	private ClassWords() {
	}

	static List<String> of(Element element) {
		String classAndId = element.className() + " " + element.id();
		if (classAndId.isBlank()) {
			return List.of();
		}
		String words = CAMEL_HUMP.matcher(classAndId).replaceAll("-").toLowerCase(Locale.ROOT);
		return Arrays.stream(NON_WORD.split(words)).filter((word) -> !word.isEmpty()).toList();
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
