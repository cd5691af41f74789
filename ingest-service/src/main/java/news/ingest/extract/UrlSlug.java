package news.ingest.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a page address's last path segment where it is a slug ({@code /2019/05/21/ferry-line-opens/}): a
 * CMS makes it from the headline when the article is first saved, so a heading it spells was the article's own.
 */
final class UrlSlug {

	private static final Pattern PATH = Pattern.compile("^[a-z][a-z0-9+.-]*://[^/?#]*([^?#]*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private UrlSlug() {
	}

	/**
	 * Every word of the page's slug is a word of the text, accents folded the two ways slugs write them
	 * ("Müller" as "muller" or "mueller").
	 */
	static boolean spells(String pageUrl, String text) {
		List<String> slug = words(pageUrl);
		if (slug.isEmpty()) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		return folded(MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("")).containsAll(slug)
				|| folded(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"))
					.containsAll(slug);
	}

	private static Set<String> folded(String text) {
		return new HashSet<>(Arrays.asList(NOT_WORD.split(text.replace("ß", "ss"))));
	}

	/**
	 * The slug's words, none where the last path segment is no slug (an id, a file name in capitals) or one of
	 * fewer than three words, which proves nothing ("/news/", "/about-us/").
	 */
	private static List<String> words(String pageUrl) {
		var path = (pageUrl != null) ? PATH.matcher(pageUrl) : null;
		if (path == null || !path.find()) {
			return List.of();
		}
		String[] segments = path.group(1).split("/");
		for (int i = segments.length - 1; i >= 0; i--) {
			if (!segments[i].isEmpty()) {
				String segment = segments[i].replaceFirst("\\.[a-z]{2,5}$", "");
				return MetadataRules.SLUG_TITLE.matcher(segment).matches() ? Arrays.asList(segment.split("[-_]")) : List.of();
			}
		}
		return List.of();
	}
}
