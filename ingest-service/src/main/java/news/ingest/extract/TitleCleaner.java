package news.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes the site or section name that page titles carry after (or before) a separator. */
final class TitleCleaner {

	/** A trailing segment this short is a site or section name ("CNN", "Politics | The Guardian"). */
	private static final int MAX_SUFFIX_WORDS = 4;

	/** What a segment may open with after the separator before it ("Site // » Title"). */
	private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s|\\-–—·•»«›‹/:]+");

	/** What a segment may end with before the separator after it ("Title : Site"). */
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s|\\-–—·•»«›‹/:]+$");

	/** Strips the site name around a separator; used for every title source. */
	String withoutSiteName(String title, String siteName) {
		String text = TextNormalizer.collapse(title);
		if (siteName == null || siteName.isBlank() || text.length() <= siteName.length()) {
			return text;
		}
		// Letter case aside, compared on the title itself: the separator's indices would not fit a lower-cased copy
		// after letters whose lower case is longer ("İ").
		String site = siteName.trim();
		Matcher separator = MetadataRules.SITE_NAME_SEPARATOR.matcher(text);
		while (separator.find()) {
			String before = text.substring(0, separator.start());
			String after = text.substring(separator.end());
			if (after.equalsIgnoreCase(site)) {
				return text.substring(0, separator.start());
			}
			if (before.equalsIgnoreCase(site)) {
				return text.substring(separator.end());
			}
		}
		return text;
	}

	/**
	 * The longest segment of a {@code <title>} that also holds the given segment as one of its parts, or null:
	 * when a blog's {@code <h1>} is its name ("Four Years » Blog Archive » Interning of small integers"), the
	 * longer part beside it is the headline.
	 */
	String headlineBeside(String title, String segment) {
		String[] segments = MetadataRules.TITLE_SEPARATOR.split(TextNormalizer.collapse(title));
		String longest = null;
		boolean found = false;
		for (String part : segments) {
			found |= part.trim().equalsIgnoreCase(segment.trim());
			if (longest == null || part.trim().length() > longest.length()) {
				longest = part.trim();
			}
		}
		return (found && longest.length() > segment.trim().length()) ? longest : null;
	}

	/**
	 * The {@code <title>}'s text before the site's name and the separator in front of it ("Headline : Site | Motto"),
	 * or after it when the title opens with it ("Site - Headline"); null when the title does not hold the name
	 * as a segment of its own.
	 */
	String besideSiteName(String title, String siteName) {
		String text = TextNormalizer.collapse(title);
		String name = TextNormalizer.collapse(siteName);
		int at = indexIgnoringCase(text, name);
		if (name.isEmpty() || at < 0) {
			return null;
		}
		String before = text.substring(0, at);
		String after = text.substring(at + name.length());
		String headline = (at > 0) ? TRAILING_PUNCTUATION.matcher(before).replaceFirst("")
				: LEADING_PUNCTUATION.matcher(after).replaceFirst("");
		String separator = (at > 0) ? before.substring(headline.length())
				: after.substring(0, after.length() - headline.length());
		return (!headline.isEmpty() && !separator.isBlank()) ? headline : null;
	}

	/**
	 * Where {@code name} first occurs in {@code text}, letter case aside. Compared in place: lower-casing the whole
	 * title first would shift the index past letters whose lower case is longer ("İ" becomes "i" and a dot).
	 */
	private static int indexIgnoringCase(String text, String name) {
		for (int at = 0; at + name.length() <= text.length(); at++) {
			if (text.regionMatches(true, at, name, 0, name.length())) {
				return at;
			}
		}
		return -1;
	}

	/**
	 * Also strips a short trailing segment when the site name is unknown ("Title - Site", "Title | Section | Site");
	 * used for {@code <title>} only, as headlines elsewhere rarely carry one. A leading segment naming the host is
	 * the site's name ("Example Club - Title - Section - News" on example-club.de); the short segments after the
	 * headline are then its sections, whatever separates them. A separator with nothing after it goes.
	 */
	String withoutSuffix(String title, String siteName, SiteHost host) {
		String text = withoutSiteName(MetadataRules.DANGLING_SEPARATOR.matcher(title.trim()).replaceFirst(""), siteName);
		Matcher first = MetadataRules.TITLE_SEPARATOR.matcher(text);
		boolean siteFirst = first.find() && host.isNamedBy(text.substring(0, first.start()));
		if (siteFirst) {
			text = LEADING_PUNCTUATION.matcher(text.substring(first.end())).replaceFirst("");
		}
		boolean more = true;
		while (more) {
			Matcher separator = MetadataRules.TITLE_SEPARATOR.matcher(text);
			int start = -1;
			int end = -1;
			while (separator.find()) {
				start = separator.start();
				end = separator.end();
			}
			if (start < 0 || text.substring(end).split(" ").length > MAX_SUFFIX_WORDS
					|| start <= text.length() - end) {
				return text;
			}
			// Only pipes stack up section and site names; a second dash is usually part of the headline.
			more = siteFirst || text.substring(start, end).contains("|");
			text = text.substring(0, start).trim();
		}
		return text;
	}

}
