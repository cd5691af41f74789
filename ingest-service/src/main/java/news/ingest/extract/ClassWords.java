package news.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

/** The words of an element's class and id ({@code "shareBar related-posts"} → share, bar, related, posts). */
final class ClassWords {

	private static final Pattern POST_MARKER = Pattern.compile("(?:^|\\s)(?:hentry|type-[\\w-]+)(?:\\s|$)");

	private static final Pattern TERM_CLASS = Pattern.compile("(?:^|\\s)(?:category|tag|post_tag|format)-\\S+");

	/**
	 * A state class saying what an element holds or shows ({@code has-sharing}, {@code o-section--has-ads}, {@code
	 * with-sidebar}): the article header with share buttons, a section with an ad slot, not the furniture itself.
	 * Also a utility behind a screen-width variant sizing the element beside something ({@code
	 * lg:w-main-with-right-sidebar}: the main column's width next to a sidebar, Tailwind's way), and a layout
	 * placing a sidebar beside the content ({@code layout-2-col layout-right-sidebar} on the container of both).
	 */
	private static final Pattern HOLDING_CLASS = Pattern.compile("(?:^|\\s)(?:(?:[\\w-]*(?:--|__)|[\\w-]+:[\\w-]*-)?"
			+ "(?:has|with)[-_]\\S*|layout-(?:\\S*-)?(?:left|right)-sidebar)");

	/**
	 * A state class saying what a container lacks ({@code no-sub-nav}, {@code no-breadcrumb}): the page's main column
	 * on a page without a submenu is no menu. Only where the words name parts of a page: {@code no-print} marks
	 * furniture itself.
	 */
	private static final Pattern LACKING_CLASS = Pattern.compile("(?:^|\\s)no[-_]\\S*");

	/**
	 * Sharing buttons switched off for the element ({@code entry-content no-share}): the post's content without the
	 * buttons, not the buttons.
	 */
	private static final Pattern SHARING_OFF_CLASS = Pattern.compile("(?:^|\\s)no[-_]shar\\S*");

	/**
	 * Drupal's field state whose label is not shown ({@code field--label-hidden}, D7's {@code field-label-hidden}): the
	 * field itself is shown, be it the body, a standfirst or a teaser's linked title.
	 */
	private static final Pattern HIDDEN_LABEL_CLASS = Pattern.compile("(?:^|\\s)[\\w-]*label[-_]hidden(?=\\s|$)");

	/**
	 * A side or edge after a spacing or alignment word ({@code mg-bottom-24px}, {@code ds-mb-right}, {@code
	 * text-right}, {@code modelMarginTop}): a style utility placing the element, not a column or bar of the page.
	 * Likewise after a table cell's word ({@code td-left}, {@code cell-right}): the cell's side of its row.
	 */
	private static final Pattern PLACEMENT_UTILITY = Pattern.compile("(?i)(?<=(?:^|[^a-z])(?:m[btlrxy]?|p[btlrxy]|mg|"
			+ "margin|padding|text|align|border|td|th|cell)[-_]{0,2})(?:right|left|top|bottom)(?![a-z])"
			+ "|(?<=[a-z])(?:Margin|Padding|Align)(?:Right|Left|Top|Bottom)(?![a-z])");

	/** Drupal's flag on a node promoted to the front page: a status, unlike "promoted" content elsewhere. */
	private static final Pattern NODE_FLAG = Pattern.compile("(?:^|\\s)node-{1,2}promoted(?=\\s|$)");

	/**
	 * {@link ExtractionRules#FURNITURE_PREFIXES} by their first letter: a word is compared only with the few starting
	 * like it, not with all of them, for nearly every element of a page.
	 */
	private static final Map<Character, List<String>> FURNITURE_PREFIXES_BY_LETTER = ExtractionRules.FURNITURE_PREFIXES
		.stream()
		.collect(Collectors.groupingBy((prefix) -> prefix.charAt(0)));

	private ClassWords() {
	}

	static List<String> of(Element element) {
		return of(element, ownClasses(element));
	}

	/**
	 * The words naming what the element is, for telling furniture from text: without the state classes naming what
	 * it holds ({@code has-sharing} on an article header). The metadata readers keep them ({@link #of}): a date or
	 * byline inside a {@code has-replies} block is as foreign as one in the replies.
	 */
	static List<String> ofRole(Element element) {
		String classes = ownClasses(element);
		if (classes.contains("no-share") || classes.contains("no_share")) {
			classes = SHARING_OFF_CLASS.matcher(classes).replaceAll(" ");
		}
		if (classes.contains("has") || classes.contains("with") || classes.contains("layout-")) {
			classes = HOLDING_CLASS.matcher(classes).replaceAll(" ");
		}
		if (classes.contains("label")) {
			classes = HIDDEN_LABEL_CLASS.matcher(classes).replaceAll(" ");
		}
		if (classes.contains("ight") || classes.contains("eft") || classes.contains("op") || classes.contains("ottom")) {
			classes = PLACEMENT_UTILITY.matcher(classes).replaceAll(" ");
		}
		return of(element, classes);
	}

	/** The words of {@link #ofRole} without the state classes naming what the element lacks ({@code no-sub-nav}). */
	static List<String> ofPart(Element element) {
		String classes = ownClasses(element);
		if (classes.contains("no")) {
			classes = LACKING_CLASS.matcher(classes).replaceAll(" ");
		}
		if (classes.contains("has") || classes.contains("with") || classes.contains("layout-")) {
			classes = HOLDING_CLASS.matcher(classes).replaceAll(" ");
		}
		return of(element, classes);
	}

	/**
	 * Hand-written rather than by regex replace and split, as it runs for nearly every element of a page several
	 * times; same words as {@code "(?<=[a-z])(?=[A-Z])"} → "-", lower case, split at {@code [^a-z0-9]+}.
	 */
	static List<String> of(Element element, String classes) {
		// A heading's id is mostly a slug of its text ("what-to-read-next", "nav-nur-die-folie"), not its role.
		String id = ExtractionRules.HEADING_TAGS.contains(element.normalName()) ? "" : element.id();
		if (classes.isEmpty() && id.isEmpty()) {
			return List.of();
		}
		String classAndId = classes + " " + id;
		return isAscii(classAndId) ? asciiWords(classAndId) : words(classAndId);
	}

	/**
	 * The words of an ASCII class and id (nearly all of them) in one pass, without the humped and lower-cased
	 * copies: runs of letters and digits, also split where a lower-case letter meets an upper-case one.
	 */
	private static List<String> asciiWords(String classAndId) {
		List<String> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= classAndId.length(); i++) {
			char c = (i < classAndId.length()) ? classAndId.charAt(i) : ' ';
			boolean upper = c >= 'A' && c <= 'Z';
			boolean wordChar = upper || isAsciiLower(c) || isAsciiDigit(c);
			if (start >= 0 && (!wordChar || upper && isAsciiLower(classAndId.charAt(i - 1)))) {
				words.add(classAndId.substring(start, i).toLowerCase(Locale.ROOT));
				start = -1;
			}
			if (wordChar && start < 0) {
				start = i;
			}
		}
		return Collections.unmodifiableList(words);
	}

	/** Other scripts lower-case in ways a character-by-character pass would not repeat ("İ" gives two chars). */
	private static List<String> words(String classAndId) {
		StringBuilder humped = new StringBuilder(classAndId.length() + 8);
		for (int i = 0; i < classAndId.length(); i++) {
			char c = classAndId.charAt(i);
			if (i > 0 && isAsciiLower(classAndId.charAt(i - 1)) && c >= 'A' && c <= 'Z') {
				humped.append('-');
			}
			humped.append(c);
		}
		String lower = humped.toString().toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= lower.length(); i++) {
			boolean wordChar = i < lower.length() && (isAsciiLower(lower.charAt(i)) || isAsciiDigit(lower.charAt(i)));
			if (wordChar && start < 0) {
				start = i;
			}
			else if (!wordChar && start >= 0) {
				words.add(lower.substring(start, i));
				start = -1;
			}
		}
		return Collections.unmodifiableList(words);
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLower(char c) {
		return c >= 'a' && c <= 'z';
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * The class attribute without the term classes blog engines put on a post ({@code category-newsletter},
	 * {@code tag-garden} next to {@code hentry} / {@code type-post}) and without Drupal's flag on a node
	 * ({@code node--promoted}): they name the post's topics and status, not the element's role.
	 */
	private static String ownClasses(Element element) {
		String classes = element.className();
		// The substring tests spare the patterns on the many classes that cannot match them.
		if (classes.contains("promoted") && classes.contains("node-")) {
			classes = NODE_FLAG.matcher(classes).replaceAll(" ");
		}
		if (!classes.contains("hentry") && !classes.contains("type-") || !POST_MARKER.matcher(classes).find()) {
			return classes;
		}
		return TERM_CLASS.matcher(classes).replaceAll(" ");
	}

	/** The words without those naming a comment ("comment", "comments", "commentlist"). */
	static List<String> withoutComment(List<String> words) {
		return words.stream().filter((word) -> !word.startsWith("comment")).toList();
	}

	static boolean isFurniture(List<String> words) {
		String previous = "";
		for (String word : words) {
			if (isLiveCommentary(previous, word)) {
				previous = word;
				continue;
			}
			if (ExtractionRules.FURNITURE_WORDS.contains(word) || isSplitNewsletter(previous, word)) {
				return true;
			}
			previous = word;
			for (String prefix : FURNITURE_PREFIXES_BY_LETTER.getOrDefault(word.isEmpty() ? ' ' : word.charAt(0),
					List.of())) {
				if (word.startsWith(prefix)) {
					return true;
				}
			}
		}
		return false;
	}

	/** "newsLetter", "news-letter": the newsletter box in two words. */
	private static boolean isSplitNewsletter(String previous, String word) {
		return previous.equals("news") && word.startsWith("letter");
	}

	/**
	 * "live-comment", "ticker-comments": a live ticker's play-by-play entries, the article's text on a match or event
	 * page, not the readers' comments.
	 */
	private static boolean isLiveCommentary(String previous, String word) {
		return word.startsWith("comment") && ExtractionRules.LIVE_EVENT_WORDS.contains(previous);
	}

	static boolean isWeakFurniture(List<String> words) {
		String previous = "";
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (ExtractionRules.WEAK_FURNITURE_WORDS.contains(word) && !isComponentHeader(previous, word)
					&& !isNumberedModule(word, (i + 1 < words.size()) ? words.get(i + 1) : "")) {
				return true;
			}
			previous = word;
		}
		return false;
	}

	/**
	 * "module-3-collapse-2", "module-3-heading-1": a page builder numbering its blocks (here a FAQ accordion's
	 * questions and answers) by their place in the page; a sidebar's module is named, not counted.
	 */
	private static boolean isNumberedModule(String word, String next) {
		return word.equals("module") && !next.isEmpty() && Character.isDigit(next.charAt(0));
	}

	/**
	 * "table-header", "card-header": the head row of a table (an ingredient list's title) or the title bar of a card
	 * (a FAQ's question), part of the component, not the page's header.
	 */
	private static boolean isComponentHeader(String previous, String word) {
		return word.equals("header") && ExtractionRules.HEADED_COMPONENT_WORDS.contains(previous);
	}

	/** The box presenting the writer: "author" next to a word such as bio, info or box. */
	static boolean isAuthorBox(List<String> words) {
		return (words.contains("author") || words.contains("authors"))
				&& words.stream().anyMatch(ExtractionRules.AUTHOR_BOX_WORDS::contains);
	}

	/**
	 * Furniture words that also name wrappers around article text: a metered paywall's {@code subscription-content}
	 * around the paragraphs it may hide, a {@code body-share-wrapper} around a text and its share buttons. Related
	 * lists and comment threads hold prose too, but never the article's.
	 */
	static boolean namesWrapperFurniture(List<String> words) {
		return words.stream().anyMatch((word) -> word.startsWith("subscri") || word.startsWith("shar"));
	}

	/** Content words, or a live ticker's entry: its text is the article's however its side or state classes read. */
	static boolean isContent(List<String> words) {
		String previous = "";
		for (String word : words) {
			if (ExtractionRules.CONTENT_WORDS.contains(word) || isLiveCommentary(previous, word)) {
				return true;
			}
			previous = word;
		}
		return false;
	}

}
