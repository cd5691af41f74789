package news.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Author names written without a byline label, read only when no other source names anyone: a date line ending in
 * the name ("11.12.2019 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe") and the signature under an article, its
 * last paragraph holding nothing but an emphasised or right-aligned name ({@code <p><strong>Jane Doe</strong></p>}).
 * Both need a full name of two to four capitalised words: a lone capitalised word after a date is as often a place.
 * A statement's signature may set the signer's role on the line below ({@code <p>Jane Doe<br>Vorsitzende</p>}).
 * A date line whose name follows a byline label ("06.11.2023 13:30 von Jane") says it is a name, so a lone first
 * name counts there, and so does a signature set above the date of writing ({@code <p>Jane<br>10. September
 * 2017</p>}), as letters and personal blogs sign.
 */
final class UnlabelledBylineReader {

	/** A numeric date ("06.11.2023", "2023-11-06", "11/06/2023"). */
	private static final String DATE = "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})";

	private static final String TIME = "\\d{1,2}:\\d{2}(?:\\s*(?:Uhr|h))?";

	/** A date, an optional time, a separator, then the rest of the line. */
	private static final Pattern DATE_LINE = Pattern.compile("^" + DATE + "(?:,?\\s+" + TIME + ")?\\s*[-–—|·•]\\s*(?:"
			+ TIME + "\\s*[-–—|·•]\\s*)?(.+)$");

	/** A date, an optional time, then "von" or "by" and the rest of the line. */
	private static final Pattern LABELLED_DATE_LINE = Pattern.compile("^" + DATE + "(?:,?\\s+" + TIME
			+ ")?,?\\s+(?:von|by)\\s+(.+)$", Pattern.CASE_INSENSITIVE);

	/** Longer lines are teasers or sentences, not a date and a name. */
	private static final int MAX_LINE_CHARS = 80;

	private static final int MIN_NAME_WORDS = 2;

	private static final int MAX_NAME_WORDS = 4;

	/** Emphasis a signature is set in. */
	private static final Set<String> EMPHASIS_TAGS = Set.of("strong", "b", "em", "i");

	/** Prose above a signature: the paragraphs of the article it signs, not a caption or a teaser. */
	private static final int MIN_PROSE_ABOVE = 300;

	private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L} .'’-]+");

	/** A role under a signature: letters, spaces, hyphens, commas; no digits, address characters or full stop. */
	private static final Pattern ROLE_CHARACTERS = Pattern.compile("[\\p{L} ,-]+");

	/** A footnote's mark: "(1)", "[1]", "1)", "*". */
	private static final Pattern FOOTNOTE = Pattern.compile("^(?:\\(\\d{1,3}\\)|\\[\\d{1,3}]|\\d{1,3}\\)|\\*)");

	/** A line under a signature longer than this is text, not the date it was written. */
	private static final int MAX_DATE_CHARS = 30;

	private final PublishedDateParser dates;

	UnlabelledBylineReader(PublishedDateParser dates) {
		this.dates = dates;
	}

	List<String> read(Element body) {
		String[] found = new String[1];
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof TextNode text && node.parent() instanceof Element parent && !text.isBlank()) {
					found[0] = dateLineName(parent);
					if (found[0] == null) {
						found[0] = signature(text, parent);
					}
				}
				return (found[0] != null) ? FilterResult.STOP : FilterResult.CONTINUE;
			}
		}, body);
		return (found[0] != null) ? List.of(found[0]) : List.of();
	}

	/** "11.12.2019 - Jane Doe" as the whole text of a short element. */
	private static String dateLineName(Element line) {
		String own = line.ownText();
		if (own.isEmpty() || !Character.isDigit(own.charAt(0))) {
			return null;
		}
		String text = TextNormalizer.collapse(line.text());
		if (text.length() > MAX_LINE_CHARS) {
			return null;
		}
		Matcher date = DATE_LINE.matcher(text);
		if (date.matches() && isFullName(date.group(1).trim()) && !BylineReader.isOutsideArticle(line)) {
			return date.group(1).trim();
		}
		Matcher labelled = LABELLED_DATE_LINE.matcher(text);
		return (labelled.matches() && isName(labelled.group(1).trim(), 1) && !BylineReader.isOutsideArticle(line))
				? labelled.group(1).trim() : null;
	}

	/**
	 * A name in emphasis or right-aligned, or above a date after a line break, that is the last text of its block,
	 * which is the last block of its parent (footnotes aside), below paragraphs of prose.
	 */
	private String signature(TextNode text, Element parent) {
		String name = TextNormalizer.collapse(text.text());
		// The length test first: it turns away nearly every text, before the date below is parsed.
		if (name.length() > MAX_LINE_CHARS / 2) {
			return null;
		}
		String date = dateBelow(text);
		String role = (date == null) ? roleBelow(text) : null;
		Element block = parent;
		while (!block.isBlock() && block.parent() != null) {
			block = block.parent();
		}
		boolean emphasised = false;
		for (Element e = parent; e != block.parent(); e = e.parent()) {
			emphasised |= EMPHASIS_TAGS.contains(e.normalName()) || isRightAligned(e);
		}
		String below = (date != null) ? date : role;
		// The markup before the name's patterns: most short texts are neither emphasised nor above a line break.
		if (!(emphasised || below != null) || !isName(name, (date != null) ? 1 : MIN_NAME_WORDS)) {
			return null;
		}
		String signed = (below != null) ? name + " " + below : name;
		if (!TextNormalizer.collapse(block.text()).equals(signed) || !endsArticle(block)
				|| proseAbove(block) < MIN_PROSE_ABOVE || BylineReader.isOutsideArticle(block)) {
			return null;
		}
		return name;
	}

	/** The date on the line after the text ({@code Jane<br>10. September 2017}), or null. */
	private String dateBelow(TextNode text) {
		Node next = text.nextSibling();
		if (!(next instanceof Element br && br.normalName().equals("br")) || !(br.nextSibling() instanceof TextNode line)) {
			return null;
		}
		String date = TextNormalizer.collapse(line.text());
		return (date.length() <= MAX_DATE_CHARS && this.dates.parse(date, null).isPresent()) ? date : null;
	}

	/**
	 * The signer's role on the line after the name ({@code Jane Doe<br>Vorsitzende}), as statements and letters are
	 * signed: a few words without digits, so no address, telephone or date line.
	 */
	private static String roleBelow(TextNode text) {
		Node next = text.nextSibling();
		if (!(next instanceof Element br && br.normalName().equals("br")) || !(br.nextSibling() instanceof TextNode line)
				|| line.nextSibling() != null) {
			return null;
		}
		String role = TextNormalizer.collapse(line.text());
		return (!role.isEmpty() && role.length() <= MAX_DATE_CHARS && ROLE_CHARACTERS.matcher(role).matches()) ? role
				: null;
	}

	private static boolean isRightAligned(Element element) {
		return element.attr("align").equalsIgnoreCase("right")
				|| element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("text-align:right");
	}

	/**
	 * The last block of its parent, or the last before the footnotes ({@code <p>(1) Ces chiffres …</p>}): an essay
	 * is signed above its notes, and what follows them (a box, a reading list) is no longer the article.
	 */
	private static boolean endsArticle(Element block) {
		for (Element next = block.nextElementSibling(); next != null; next = next.nextElementSibling()) {
			String text = next.text();
			if (!text.isBlank()) {
				return FOOTNOTE.matcher(text.strip()).lookingAt();
			}
		}
		return true;
	}

	private static int proseAbove(Element block) {
		int chars = 0;
		for (Element previous = block.previousElementSibling(); previous != null
				&& chars < MIN_PROSE_ABOVE; previous = previous.previousElementSibling()) {
			if (previous.normalName().equals("p")) {
				chars += previous.text().length();
			}
		}
		return chars;
	}

	private static boolean isFullName(String name) {
		return isName(name, MIN_NAME_WORDS);
	}

	private static boolean isName(String name, int minWords) {
		String[] words = name.split("\\s+");
		return words.length >= minWords && words.length <= MAX_NAME_WORDS
				&& NAME_CHARACTERS.matcher(name).matches() && BylineReader.looksLikeNames(name)
				&& !MetadataRules.AUTHOR_SEPARATOR.matcher(name).find();
	}

}
