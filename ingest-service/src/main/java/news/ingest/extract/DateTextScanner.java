package news.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The last date source, in the spirit of htmldate's extensive search: the first short text (or {@code abbr}/{@code
 * time} title) in document order that holds a plausible date, outside navigation, sidebars, comments and the site
 * footer, and never a copyright line. Pages put the dateline near the headline, above the text, so the first date
 * wins over later ones, which are mostly in teasers and comments. Longer texts count only when a dateline opens
 * them, as in press releases. One walk over the body, stopped at the first hit; teaser cards and the sidebar a page
 * names by id are read in a second walk, a forum's first post classed as a comment in a third, each only when the
 * walks before found nothing.
 */
final class DateTextScanner {

	/** Longer texts are paragraphs that mention dates, not datelines. */
	private static final int MAX_DATE_TEXT_CHARS = 120;

	/** Not {@code form}: ASP.NET and other frameworks wrap the whole page in one. */
	static final Set<String> SKIPPED_TAGS = Set.of("nav", "aside", "footer", "select", "option", "style",
			"noscript", "template", "button");

	/**
	 * Layout words such as "sidebar" are left out: themes put them on wrappers around the whole page. "joined"
	 * marks a member's registration date beside forum posts (phpBB's {@code profile-joined}).
	 */
	private static final List<String> SKIPPED_WORDS = Stream.concat(Stream.of("comment", "comments", "commentlist",
			"respond", "reply", "replies", "disqus", "related", "nav", "menu", "footer", "copyright", "calendar",
			"breadcrumb", "joined"), MetadataRules.SOCIAL_EMBED_WORDS.stream()).toList();

	/** The parts of a split date: a day, month or year, a month or weekday name, or two of them ("18 Feb"). */
	private static final Pattern DATE_PART = Pattern.compile("[\\p{L}\\d.,]{1,10}(?: [\\p{L}\\d.,]{1,10})?");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

	private static final int MAX_DATE_PARTS = 4;

	private static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");

	/** @param headline the page's first {@code <h1>}, or null: an element holding it is never furniture */
	void scan(Element body, Element headline, MetadataDraft draft) {
		walk(body, headline, Walk.OWN, draft);
		if (!draft.hasDate()) {
			// A section page showing no date of its own is as new as its first teaser; the sidebar holds widgets (a
			// countdown "since 9 Apr 2003", a calendar) before the content in the markup, but on some themes also
			// the post's own "posted on" box.
			walk(body, headline, Walk.WITH_TEASERS, draft);
		}
		if (!draft.hasDate()) {
			walk(body, headline, Walk.FIRST_POST, draft);
		}
	}

	/** What a walk reads beyond the page's own text, outside furniture and comments. */
	private enum Walk {
		/** Nothing more. */
		OWN,
		/** Teaser cards and the sidebar. */
		WITH_TEASERS,
		/**
		 * Comments holding the page's first prose: a forum that classes its posts as comments opens the thread with
		 * them, its first post being the page's text; an article's or a petition's comments follow their text.
		 */
		FIRST_POST
	}

	private static void walk(Element body, Element headline, Walk walk, MetadataDraft draft) {
		NodeTraversor.filter(new NodeFilter() {

			private boolean afterProse;

			private Element openingPost;

			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element element) {
					if (element.normalName().equals("script")) {
						offerScriptDate(element, draft);
						return draft.hasDate() ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
					}
					if (SKIPPED_TAGS.contains(element.normalName())
							|| depth > 0 && isSkippedBeside(element, headline) && !isOpeningPost(element)
							|| walk != Walk.WITH_TEASERS && (isTeaserCard(element) || HeadlineChooser.isSidebar(element))) {
						return FilterResult.SKIP_ENTIRELY;
					}
					offerAttributeDates(element, draft);
					String split = splitDate(element);
					if (split != null) {
						draft.offerWrittenDate(split, "text");
					}
					String line = linkedLine(element);
					if (line != null) {
						offerTextDate(line, draft);
					}
				}
				else if (node instanceof TextNode text) {
					String value = text.text().trim();
					offerTextDate(value, draft);
					this.afterProse |= value.length() > MAX_DATE_TEXT_CHARS;
				}
				return draft.hasDate() ? FilterResult.STOP : FilterResult.CONTINUE;
			}

			/** Whether the element is the opening post or a part of it (its time, its text). */
			private boolean isOpeningPost(Element element) {
				if (walk != Walk.FIRST_POST
						|| isSkipped(ClassWords.withoutComment(ClassWords.of(element)))) {
					return false;
				}
				if (this.openingPost == null && !this.afterProse && holdsProse(element)) {
					this.openingPost = element;
				}
				return this.openingPost != null;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (node == this.openingPost) {
					this.openingPost = null;
				}
				return FilterResult.CONTINUE;
			}

		}, body);
	}

	/** Whether a text of the element is longer than a date line: a paragraph of prose. */
	private static boolean holdsProse(Element element) {
		boolean[] prose = new boolean[1];
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				prose[0] = node instanceof TextNode text && text.text().trim().length() > MAX_DATE_TEXT_CHARS;
				return prose[0] ? FilterResult.STOP : FilterResult.CONTINUE;
			}
		}, element);
		return prose[0];
	}

	/**
	 * A short line of text and inline elements, read whole: a date line may set part of its date in a link or
	 * emphasis ({@code 5.<a href="/date/2011/11/">November 2011</a> um 10:12}), so that no text node alone holds
	 * it. Null for an element without text of its own beside its elements, or longer than a date line.
	 */
	private static String linkedLine(Element element) {
		if (element.childrenSize() == 0 || element.textNodes().stream().allMatch(TextNode::isBlank)) {
			return null;
		}
		int[] chars = new int[1];
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				chars[0] += (node instanceof TextNode text) ? text.text().length() : 0;
				return (chars[0] > MAX_DATE_TEXT_CHARS) ? FilterResult.STOP : FilterResult.CONTINUE;
			}
		}, element);
		return (chars[0] > MAX_DATE_TEXT_CHARS) ? null : element.text();
	}

	/**
	 * A date set one part to an element, as blog themes draw a calendar leaf ({@code <span class="month">Feb</span>
	 * <span class="day">18</span><span class="year">2009</span>}): its parts with a space between them, as the
	 * element's text glues them ("Feb 182009"), and no part alone is a date; else null. Only two to four short
	 * leaves holding a four-digit year and no text of the element's own.
	 */
	static String splitDate(Element element) {
		int parts = element.childNodeSize();
		if (element.childrenSize() < 2 || element.childrenSize() > MAX_DATE_PARTS || parts > 2 * MAX_DATE_PARTS) {
			return null;
		}
		StringBuilder spaced = new StringBuilder();
		boolean year = false;
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				if (!text.isBlank()) {
					return null;
				}
			}
			else if (child instanceof Element part && part.childNodeSize() == 1
					&& part.firstChild() instanceof TextNode text && DATE_PART.matcher(text.text().trim()).matches()) {
				year |= YEAR.matcher(text.text()).find();
				spaced.append(text.text().trim()).append(' ');
			}
			else {
				return null;
			}
		}
		return year ? spaced.toString().trim() : null;
	}

	/** A short text that holds a date, or a long paragraph opened by a dateline. */
	private static void offerTextDate(String value, MetadataDraft draft) {
		if (value.length() > MAX_DATE_TEXT_CHARS) {
			Matcher dateline = MetadataRules.LEADING_DATELINE.matcher(value);
			if (dateline.lookingAt()) {
				draft.offerDate(dateline.group(1), "text");
			}
		}
		else if (value.length() >= 6 && hasDigit(value) && !MetadataRules.COPYRIGHT.matcher(value).find()) {
			draft.offerWrittenDate(value, "text");
		}
	}

	/**
	 * A short script in the text that writes the date where it stands ({@code showDate("2020/04/17 01:43:09")});
	 * longer scripts are programs whose dates are not the page's.
	 */
	private static void offerScriptDate(Element script, MetadataDraft draft) {
		// The parser keeps a script's code in one data node: its string is measured in place, as data() would copy
		// every large inline script of the page only to turn it away.
		String code = (script.childNodeSize() == 1 && script.firstChild() instanceof DataNode data) ? data.getWholeData()
				: script.data();
		int start = 0;
		int end = code.length();
		// The bounds String.trim would keep.
		while (start < end && code.charAt(start) <= ' ') {
			start++;
		}
		while (end > start && code.charAt(end - 1) <= ' ') {
			end--;
		}
		if (end - start <= MAX_DATE_TEXT_CHARS) {
			String shortCode = code.substring(start, end);
			if (hasDigit(shortCode)) {
				draft.offerDate(shortCode, "text");
			}
		}
	}

	/**
	 * Dates kept in attributes: {@code <abbr title="2006-12-04">}, {@code <span class="updated"
	 * title="2013-04-04T18:52:11+00:00">}, {@code data-date-time="2023-11-02 20:06:13"}.
	 */
	private static void offerAttributeDates(Element element, MetadataDraft draft) {
		String title = element.attr("title");
		if (!title.isEmpty() && (element.normalName().equals("abbr") || element.normalName().equals("time")
				|| MetadataRules.ISO_DATE_START.matcher(title).lookingAt())) {
			draft.offerDate(title, "text");
		}
		for (String name : MetadataRules.DATE_ATTRIBUTES) {
			String value = element.attr(name);
			if (!value.isEmpty()) {
				draft.offerDate(value, "text");
			}
		}
	}

	/**
	 * A link wrapping a heading is a teaser card for another page (picture, headline and its date in one link); the
	 * page's own dateline is never inside one.
	 */
	private static boolean isTeaserCard(Element element) {
		return element.normalName().equals("a") && element.selectFirst(HEADING) != null;
	}

	/** Whether the element's class or id names furniture, comments or teasers (see {@link #SKIPPED_WORDS}). */
	static boolean isSkipped(Element element) {
		return isSkipped(ClassWords.of(element));
	}

	private static boolean isSkipped(List<String> words) {
		for (String word : words) {
			if (SKIPPED_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the element is furniture beside the article whose headline is given: as {@link #isSkipped}, but an
	 * element holding the headline never is, and a part of a block holding it is judged by its own words.
	 */
	private static boolean isSkippedBeside(Element element, Element headline) {
		return (!element.className().isEmpty() || !element.id().isEmpty()) && isSkipped(ownPartWords(element, headline))
				&& !holdsHeadline(element, headline);
	}

	/**
	 * The class words of the element, without the name of a block that holds the headline where the element is
	 * one of that block's parts (BEM's {@code block_element}): an opinion column's header block {@code
	 * ArticleHeaderComment} holds the headline, "comment" names the article's genre there, and its {@code
	 * ArticleHeaderComment_publishDate} is the column's dateline. The block's other parts keep their own words
	 * ({@code post__comments}).
	 */
	static List<String> ownPartWords(Element element, Element headline) {
		if (headline == null || element.className().indexOf('_') < 0) {
			return ClassWords.of(element);
		}
		StringBuilder classes = new StringBuilder();
		for (String token : element.classNames()) {
			int cut = token.indexOf('_');
			boolean partOfHeadlineBlock = cut > 0 && isHeadlineBlock(element, token.substring(0, cut), headline);
			classes.append(partOfHeadlineBlock ? token.substring(cut) : token).append(' ');
		}
		return ClassWords.of(element, classes.toString());
	}

	/** Whether the element's nearest ancestor of the block class holds the headline. */
	private static boolean isHeadlineBlock(Element element, String block, Element headline) {
		for (Element e = element.parent(); e != null; e = e.parent()) {
			if (e.hasClass(block)) {
				return holdsHeadline(e, headline);
			}
		}
		return false;
	}

	/**
	 * Whether the element is the headline's ancestor: its class words ("m-intro__breadcrumbNavigation") then name
	 * something it holds beside the article's header, where the dateline sits.
	 */
	static boolean holdsHeadline(Element element, Element headline) {
		for (Element e = (headline != null) ? headline.parent() : null; e != null; e = e.parent()) {
			if (e == element) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
