package news.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns raw byline strings into person names: strips "By ", splits "A and B" / "A, B", drops sharing-widget words,
 * URLs and the site's own name.
 */
final class AuthorNameCleaner {

	/** A single letter or initials-only string is debris from splitting, not a name. */
	private static final int MIN_NAME_LETTERS = 3;

	List<String> clean(List<String> raw, String siteName) {
		Set<String> names = new LinkedHashSet<>();
		for (String byline : raw) {
			String text = TextNormalizer.collapse(byline);
			if (text.isEmpty() || MetadataRules.URL_LIKE.matcher(text).find() && !text.contains(" ")) {
				continue;
			}
			text = MetadataRules.BYLINE_LABEL.matcher(text).replaceFirst("");
			text = MetadataRules.BYLINE_TAIL.matcher(text).replaceFirst("");
			for (String part : MetadataRules.AUTHOR_SEPARATOR.split(text)) {
				String name = MetadataRules.BYLINE_LABEL.matcher(part.trim()).replaceFirst("");
				name = MetadataRules.AUTHOR_TRAILER.matcher(name).replaceFirst("").trim();
				if (isName(name, siteName)) {
					names.add(name);
				}
			}
		}
		return new ArrayList<>(names);
	}

	private static boolean isName(String name, String siteName) {
		String lower = name.toLowerCase(Locale.ROOT);
		return name.codePoints().filter(Character::isLetter).count() >= MIN_NAME_LETTERS
				&& name.split(" ").length <= MetadataRules.MAX_NAME_WORDS && !MetadataRules.AUTHOR_UI_WORDS.contains(lower)
				&& !MetadataRules.URL_LIKE.matcher(name).find()
				&& (siteName == null || !lower.equals(siteName.toLowerCase(Locale.ROOT)));
	}

}
