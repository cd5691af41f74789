package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the article's byline in the markup, most explicit first: schema.org {@code itemprop=author}, {@code
 * rel=author} links, a written byline ("By Jane Doe", "Von Jane Doe", "Autor: Jane Doe"), elements whose class names
 * an author, and links to an author page ({@code /author/jane-doe}). Only the first byline of each kind is read
 * (plus co-authors side by side), and bylines in comments, related teasers, navigation and footers are ignored.
 */
final class BylineReader {

	static final String SOURCE = "byline";

	/** Longer blocks are paragraphs that happen to start with "By", not bylines. */
	private static final int MAX_BYLINE_CHARS = 160;

	/** A name after a byline label is at most a few words; more is a sentence starting with "Von …". */
	private static final int MAX_WRITTEN_NAME_CHARS = 90;

	/** Chinese names have two to four characters; a longer run without spaces is a phrase. */
	private static final int MAX_CASELESS_NAME_LETTERS = 8;

	/** Elements a label alone may be wrapped in ({@code <div><p><strong>By</strong></p></div>}) before the name. */
	private static final int MAX_LABEL_WRAPPERS = 3;

	/** What a byline label can start with: most short texts of a page start otherwise and skip the label pattern. */
	private static final PatternStarts LABEL_STARTS = new PatternStarts(MetadataRules.BYLINE_LABEL);

	/** Two or three capitalised words, "mit" and a full name: an interview's writer (group 1) and guest. */
	private static final Pattern INTERVIEWEE = Pattern
		.compile("^(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,2})\\s+mit\\s+\\p{Lu}\\S*\\s+\\p{Lu}");

	/**
	 * Microdata's itemprop is a list of properties ({@code itemprop="author creator"}): the element is the author
	 * when any of them says so, unless another makes it the publisher too (the site's own organisation, which is
	 * no author). Only elements carrying an itemprop are tried.
	 */
	private static final IndexedSelector SCHEMA_AUTHOR = new IndexedSelector(Set.of(), Set.of("itemprop"),
			new AttributeRegex("itemprop", Pattern.compile("^(?!.*\\bpublisher\\b).*(?<!\\S)author(?!\\S)")));

	/** A WordPress post's element ({@code post-42}) and the page's own post on {@code <body>} ({@code postid-42}). */
	private static final Pattern POST_CLASS = Pattern.compile("(?:^|\\s)post-(\\d+)(?=\\s|$)");

	private static final Pattern PAGE_POST_CLASS = Pattern.compile("(?:^|\\s)postid-(\\d+)(?=\\s|$)");

	/** Parsed once: jsoup parses a selector string on every call. */
	private static final Evaluator SCHEMA_NAME = QueryParser.parse("[itemprop=name]");

	private static final Pattern MEDIA_OBJECT = Pattern.compile("(?i)(?:Image|Video|Audio|Media)Object|Photograph");

	/**
	 * The selector "a[rel=author]:not([style~=…])" in two, as jsoup's {@code :not} is its inner selector negated: a
	 * {@code :not} keeps its matches per thread until jsoup's own select resets it, which the walk of {@link
	 * BylineCandidates} does not.
	 */
	private static final IndexedSelector REL_AUTHOR_LINK = IndexedSelector.parse("a[rel=author]");

	/** The elements {@link #AUTHOR_PAGE_LINK} can match, and the ones a class byline can be. */
	private static final IndexedSelector LINKS = IndexedSelector.parse("a[href]");

	private static final Pattern TAG_LINK = Pattern.compile("(?i)(?:^|\\s)tag(?:\\s|$)");

	private static final IndexedSelector CLASSED = IndexedSelector.parse("[class], [id]");

	private static final Evaluator TEASER_HEADLINE = QueryParser.parse("h1, h2, h3, h4, h5, h6");

	private static final Evaluator DISPLAY_NONE = new AttributeRegex("style",
			Pattern.compile("(?i)display\\s*:\\s*none"));

	/**
	 * Links to the author's page; not one hidden by its style: themes put the blog's or the network's profile
	 * there ({@code <a rel=author style="display:none">Google</a>}), not the post's writers.
	 */
	private static final Evaluator REL_AUTHOR = new Evaluator() {
		@Override
		public boolean matches(Element root, Element element) {
			return REL_AUTHOR_LINK.evaluator().matches(root, element) && !DISPLAY_NONE.matches(root, element);
		}
	};

	/**
	 * An {@code <a>} whose href holds an author page's path segment (any case). Not the selector "a[href*=/author/],
	 * a[href*=/authors/], …": jsoup lower-cases a link's href again for each of its alternatives, over the whole page.
	 */
	private static final Evaluator AUTHOR_PAGE_LINK = new Evaluator() {
		@Override
		public boolean matches(Element root, Element element) {
			if (!element.nameIs("a") || !element.hasAttr("href")) {
				return false;
			}
			String href = element.attr("href").toLowerCase(Locale.ROOT);
			for (String path : MetadataRules.AUTHOR_PAGE_PATHS) {
				if (href.contains(path)) {
					return true;
				}
			}
			return false;
		}
	};

	void read(PageElements elements, MetadataDraft draft) {
		BylineCandidates candidates = new BylineCandidates(elements);
		offer(draft, schemaAuthors(candidates.schemaAuthors));
		offer(draft, firstGroup(candidates.relAuthor, REL_AUTHOR));
		List<String> written = writtenByline(elements.page(), draft.siteName());
		if (!written.isEmpty()) {
			draft.offerWrittenByline(written, SOURCE);
		}
		offer(draft, classBylines(candidates.classByline));
		offer(draft, firstGroup(candidates.authorPage, AUTHOR_PAGE_LINK));
	}

	private static void offer(MetadataDraft draft, List<String> names) {
		if (!names.isEmpty()) {
			draft.offerAuthors(names, SOURCE);
		}
	}

	/** {@code itemprop=author}, its {@code itemprop=name} if it has one, or the {@code content} of a meta tag. */
	private static List<String> schemaAuthors(List<Element> authors) {
		List<String> names = new ArrayList<>();
		for (Element author : authors) {
			if (isOutsideArticle(author) || isMediaCredit(author)) {
				continue;
			}
			Element name = author.selectFirst(SCHEMA_NAME);
			Element source = (name != null) ? name : author;
			String text = source.hasAttr("content") ? source.attr("content") : source.text();
			if (!text.isBlank()) {
				names.add(text);
			}
		}
		return names;
	}

	/**
	 * An author property of a picture, video or audio item (microdata: the nearest enclosing {@code itemscope} is an
	 * ImageObject or the like): the photographer of the article's picture, credited in its caption.
	 */
	private static boolean isMediaCredit(Element author) {
		for (Element scope = author.parent(); scope != null; scope = scope.parent()) {
			if (scope.hasAttr("itemscope")) {
				return MEDIA_OBJECT.matcher(scope.attr("itemtype")).find();
			}
		}
		return false;
	}

	/**
	 * The first matching element outside comments and furniture ({@link BylineCandidates#isFirstOfGroup}), and
	 * matching siblings right after it, also when an element holding only a separator stands between them ({@code
	 * <a>Jane Doe</a><span>, </span><a>…}).
	 */
	private static List<String> firstGroup(Element byline, Evaluator selector) {
		List<String> names = new ArrayList<>();
		if (byline != null) {
			names.add(byline.text());
			// Several elements of one selector are co-authors only when they sit side by side.
			Element next = nextBesideSeparator(byline);
			while (next != null && next.is(selector)) {
				names.add(next.text());
				next = nextBesideSeparator(next);
			}
		}
		return names;
	}

	private static Element nextBesideSeparator(Element element) {
		Element next = element.nextElementSibling();
		return (next != null && MetadataRules.AUTHOR_LINK_SEPARATOR.matcher(next.text()).matches())
				? next.nextElementSibling() : next;
	}

	/**
	 * Elements whose class or id names an author or byline ("author-name", "byline__author", "entry-author"):
	 * the first short one, reduced to its author-page links when it has some (one per co-author).
	 */
	private static List<String> classBylines(Element element) {
		if (element == null) {
			return List.of();
		}
		List<String> linked = element.select(AUTHOR_PAGE_LINK).eachText();
		return linked.isEmpty()
				? List.of(MetadataRules.BYLINE_LABEL.matcher(spacedText(element)).replaceFirst("")) : linked;
	}

	/** @param className the element's class attribute and {@code id} its id, as {@link PageElements} read them */
	private static boolean isClassByline(Element element, String className, String id) {
		return isAuthorClass(element, className, id) && !element.text().isBlank() && element.text().length() <= MAX_BYLINE_CHARS
				&& !isOutsideArticle(element);
	}

	/**
	 * The element's text with a space between its text nodes: jsoup joins adjacent inline elements without one, and
	 * a byline box sets the name and the time in spans side by side ({@code <span>Jane Doe</span><span>vor 5
	 * Stunden</span>}), which would glue the name to the next word. The section a byline box names beside the
	 * author ({@code <a class="section">Politics</a>}, {@code <a rel="tag">Energy</a>}) is left out: it names no one.
	 */
	private static String spacedText(Element element) {
		StringBuilder text = new StringBuilder();
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof TextNode t) {
					text.append(t.text()).append(' ');
				}
				return (node != element && node instanceof Element e && namesSection(e)) ? FilterResult.SKIP_ENTIRELY
						: FilterResult.CONTINUE;
			}
		}, element);
		return TextNormalizer.collapse(text.toString());
	}

	/** Filed by its class words, or a link to a tag's or category's page ({@code rel="tag"}, "category tag"). */
	private static boolean namesSection(Element element) {
		return element.hasAttr("class")
				&& ClassWords.of(element).stream().anyMatch(MetadataRules.BYLINE_COMPANION_WORDS::contains)
				|| element.nameIs("a") && TAG_LINK.matcher(element.attr("rel")).find();
	}

	private static boolean isAuthorClass(Element element, String className, String elementId) {
		if (className.isEmpty() && elementId.isEmpty()) {
			return false;
		}
		// A word starting with a prefix means the lower-cased class or id contains it: a cheap test for most elements.
		// Lower-cased apart, not joined: toLowerCase returns the very string when it is lower case already.
		String classes = className.toLowerCase(Locale.ROOT);
		String id = elementId.toLowerCase(Locale.ROOT);
		if (!containsAny(classes, MetadataRules.AUTHOR_CLASS_PREFIXES)
				&& !containsAny(id, MetadataRules.AUTHOR_CLASS_PREFIXES)) {
			return false;
		}
		for (String word : ClassWords.of(element)) {
			for (String prefix : MetadataRules.AUTHOR_CLASS_PREFIXES) {
				if (word.startsWith(prefix) && !MetadataRules.AUTHOR_CLASS_EXCLUDED.contains(word)) {
					return true;
				}
			}
		}
		return false;
	}

	/** A loop, not a stream: it runs for every element with a class or id. */
	private static boolean containsAny(String text, List<String> parts) {
		for (String part : parts) {
			if (text.contains(part)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A short text that starts with a byline label: "By Jane Doe | 12/10/2020", "Von Jane Doe und John Roe", "Autor:
	 * Jane Doe". When the label stands alone in its element ({@code <span>Autor:</span> Jane Doe}), the name is the
	 * text right after it. A byline naming the site itself is passed over. Blog themes' "Posted in News by janedoe"
	 * names the author after the categories, often by the account's login.
	 */
	private static List<String> writtenByline(Document page, String siteName) {
		List<String> found = new ArrayList<>();
		NodeTraversor.filter(new NodeFilterAdapter((node) -> {
			// Blank text, the whitespace between tags that most text nodes are, holds no label: spared text().
			if (!(node instanceof TextNode text) || text.isBlank() || !(node.parent() instanceof Element parent)
					|| text.getWholeText().length() > MAX_BYLINE_CHARS
							&& lettersAndDigits(text.getWholeText()) > MAX_BYLINE_CHARS) {
				return false;
			}
			String own = withoutLeadingSeparator(text.text());
			if (own.isEmpty() || own.length() > MAX_BYLINE_CHARS || !LABEL_STARTS.mayStart(own)) {
				return false;
			}
			Matcher ownLabel = MetadataRules.BYLINE_LABEL.matcher(own);
			if (!ownLabel.lookingAt()) {
				return false;
			}
			if (withoutLeadingSeparator(parent.text()).length() > MAX_BYLINE_CHARS
					&& !(namesTheAuthor(ownLabel) && opensLastLine(text)) || isOutsideArticle(parent)) {
				return false;
			}
			String block = withoutLeadingSeparator(lineOf(text, parent));
			if (block.length() > MAX_BYLINE_CHARS) {
				return false;
			}
			Matcher label = MetadataRules.BYLINE_LABEL.matcher(block);
			boolean postedIn = MetadataRules.POSTED_IN.matcher(block).lookingAt();
			String name = label.lookingAt() ? block.substring(label.end()) : "";
			// A link before the label in the same line ("【纠错】 责任编辑： 焦鹏") leaves the name in the label's text.
			if (postedIn || !label.lookingAt()) {
				name = own.substring(ownLabel.end());
			}
			if (name.isBlank() && !postedIn) {
				name = label.lookingAt() ? textAfterLabel(parent) : textAfter(parent, false);
			}
			name = withoutInterviewee(name.trim());
			// "By The Site" on every page is a CMS default; the article's own byline may follow.
			if (name.isEmpty() || name.length() > MAX_WRITTEN_NAME_CHARS
					|| !(looksLikeNames(name) || (postedIn || isColonLabel(ownLabel)) && isLogin(name))
					|| isSiteName(name, siteName)) {
				return false;
			}
			found.add(name);
			return true;
		}), page.body());
		return found;
	}

	/**
	 * The writer's name without the guest a lower-case "mit" adds ("Ein Interview von Jane Doe mit John Roe"): a
	 * full name on either side; "Vom Blech, mit Streuseln & Co." is no byline.
	 */
	private static String withoutInterviewee(String name) {
		Matcher guest = INTERVIEWEE.matcher(name);
		return guest.lookingAt() ? guest.group(1) : name;
	}

	/**
	 * A user name ("janedoe", "j.doe"), possibly followed by a date: blog themes print the account's login in
	 * "Posted in News by janedoe on May 3, 2019" when the author has set no display name.
	 */
	private static boolean isLogin(String name) {
		String login = MetadataRules.AUTHOR_TRAILER.matcher(name).replaceFirst("").trim();
		return MetadataRules.LOGIN.matcher(login).matches();
	}

	/**
	 * A label ending in a colon ("Autor:", "Verfasst von:") announces a name, so a login after it is the author's
	 * account ("Verfasst von: janedoe | 3. Mai"), where a plain "by" before a lower-case word opens a phrase ("by
	 * hand").
	 */
	private static boolean isColonLabel(Matcher label) {
		String text = label.group().trim();
		return text.endsWith(":") || text.endsWith("：");
	}

	/**
	 * A label that can only announce the writer ("Autor:", "Verfasser:", "Geschrieben von:"), unlike "Von:" or "By:",
	 * which also head a quoted e-mail's sender or a book's title line.
	 */
	private static boolean namesTheAuthor(Matcher label) {
		String text = label.group().trim();
		return isColonLabel(label)
				&& MetadataRules.AUTHOR_LABEL.matcher(text.substring(0, text.length() - 1).trim()).matches();
	}

	/**
	 * A text opening the last line of its element, after a line break: a long block set in lines may close with its
	 * byline ({@code <div>… text …<br><br>Autor: Jane Doe</div>}). An earlier line is more often a record's field
	 * (a reviewed book's "Autor: Jane Doe<br>Verlag: …").
	 */
	private static boolean opensLastLine(TextNode text) {
		Node previous = text.previousSibling();
		while (previous instanceof TextNode t && t.isBlank()) {
			previous = previous.previousSibling();
		}
		if (previous == null || !previous.nameIs("br")) {
			return false;
		}
		boolean broken = false;
		for (Node next = text.nextSibling(); next != null; next = next.nextSibling()) {
			if (next.nameIs("br")) {
				broken = true;
			}
			else if (broken && (next instanceof TextNode t && !t.isBlank()
					|| next instanceof Element e && !e.text().isBlank())) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSiteName(String name, String siteName) {
		return siteName != null && MetadataRules.AUTHOR_TRAILER.matcher(name).replaceFirst("").trim()
			.equalsIgnoreCase(siteName);
	}

	/**
	 * The line of a block that holds the label: a byline set above a dateline in one paragraph ({@code <p>Von Jane
	 * Doe<br>Kakuma / Kenia</p>}) ends at the line break, unless only the label stands before it ({@code <p>Von:<br>
	 * Jane Doe</p>}).
	 */
	private static String lineOf(TextNode label, Element block) {
		StringBuilder line = new StringBuilder();
		int labelEnd = -1;
		for (Node child : block.childNodes()) {
			if (child.nameIs("br")) {
				if (labelEnd >= 0 && !line.substring(labelEnd).isBlank()) {
					break;
				}
				if (labelEnd < 0) {
					line.setLength(0);
				}
				continue;
			}
			int start = line.length();
			line.append((child instanceof TextNode t) ? t.text() : (child instanceof Element e) ? e.text() : "");
			if (child == label) {
				// The name may follow the label in the same text ("Von Jane Doe"): the line then has it.
				String rest = MetadataRules.BYLINE_LABEL.matcher(withoutLeadingSeparator(label.text()))
					.replaceFirst("");
				labelEnd = rest.isBlank() ? line.length() : start;
			}
		}
		return TextNormalizer.collapse(line.toString());
	}

	/**
	 * The letters and digits of a raw text, counted up to one more than a byline holds: its normalised text keeps
	 * them all, so a paragraph with more is turned away without building that text.
	 */
	private static int lettersAndDigits(String raw) {
		int count = 0;
		for (int i = 0; i < raw.length() && count <= MAX_BYLINE_CHARS; i++) {
			count += Character.isLetterOrDigit(raw.charAt(i)) ? 1 : 0;
		}
		return count;
	}

	/** "| By Jane Doe" and "– Redaktion: Jane Doe" keep the separator of the line they continue. */
	private static String withoutLeadingSeparator(String text) {
		// A loop, not a regex: it runs for every short text node of the page.
		int start = 0;
		while (start < text.length() && MetadataRules.LEADING_SEPARATORS.indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		return text.substring(start).trim();
	}

	/**
	 * The name after a label that stands alone in its element: the text after it, or, when the label fills its
	 * own block ({@code <p class="label"><strong>By</strong></p><p>Jane Doe</p>}), the next block's text if that
	 * holds a full name (a lone word there is more likely the next cell of a table).
	 */
	private static String textAfterLabel(Element label) {
		Element element = label;
		String after = textAfter(element, false);
		for (int up = 0; after.isBlank() && up < MAX_LABEL_WRAPPERS && element.parent() != null
				&& element.parent().text().equals(element.text()); up++) {
			element = element.parent();
			after = textAfter(element, false);
		}
		if (!after.isBlank()) {
			return after;
		}
		String block = textAfter(element, true).trim();
		return block.contains(" ") ? block : "";
	}

	/**
	 * The text following a label element up to the next line break or block; line breaks right after the label
	 * count ({@code <b>Von:</b><br><br>Jane Doe}), and so may a block holding the whole name.
	 */
	private static String textAfter(Element label, boolean nextBlock) {
		StringBuilder text = new StringBuilder();
		for (Node next = label.nextSibling(); next != null && text.length() <= MAX_WRITTEN_NAME_CHARS; next = next
			.nextSibling()) {
			if (next instanceof TextNode t) {
				text.append(t.text());
			}
			else if (next instanceof Element e) {
				boolean nothingYet = text.toString().isBlank();
				if (e.normalName().equals("br") && nothingYet) {
					continue;
				}
				if (e.normalName().equals("br") || e.isBlock()) {
					if (e.isBlock() && nothingYet && nextBlock) {
						text.append(e.text());
					}
					break;
				}
				text.append(e.text());
			}
		}
		return text.toString();
	}

	/**
	 * Names are capitalised words ("Jane Doe", "Jean-Luc de la Tour", "J. R. Doe"); a byline label followed by
	 * lower-case words is a sentence ("Von Anfang an …", "Par ailleurs, …"). What follows the names (a date, a
	 * role) is cut by {@link AuthorNameCleaner}.
	 */
	static boolean looksLikeNames(String text) {
		String names = MetadataRules.BYLINE_TAIL.matcher(text).replaceFirst("");
		names = MetadataRules.AUTHOR_TRAILER.matcher(names).replaceFirst("");
		if (names.isBlank()) {
			return false;
		}
		for (String part : MetadataRules.AUTHOR_SEPARATOR.split(names.trim())) {
			String[] words = part.trim().split("\\s+");
			if (words.length > MetadataRules.MAX_NAME_WORDS) {
				return false;
			}
			for (String word : words) {
				if (!word.isEmpty() && !isNameWord(word) && !MetadataRules.NAME_PARTICLES.contains(word)) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * A capitalised word, or a short one in a script without case (Chinese "焦鹏", which runs on without spaces, so
	 * a longer run is a phrase).
	 */
	private static boolean isNameWord(String word) {
		int first = word.codePointAt(0);
		if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
			return true;
		}
		return Character.isLetter(first) && Character.toLowerCase(first) == first
				&& Character.toUpperCase(first) == first
				&& word.codePointCount(0, word.length()) <= MAX_CASELESS_NAME_LETTERS;
	}

	/**
	 * Bylines inside comments, teasers of other articles, quotations, navigation, sidebars or the site footer name someone
	 * else; an article's own {@code <footer>} often holds its byline, and so does an {@code <aside>} inside the
	 * article that its class names as the article's meta line ({@code <article><header>…</header>
	 * <aside class="meta">Von: Jane Doe</aside>}); other asides in articles are boxes and pull quotes. A post other
	 * than the page's own (WordPress marks the page's post on {@code <body>} as {@code postid-42} and each post it
	 * renders as {@code post-42}) is a teaser card, whatever its markup.
	 */
	static boolean isOutsideArticle(Element element) {
		boolean inFooter = false;
		boolean inAside = false;
		boolean metaAside = false;
		String post = null;
		Element e = element;
		// The body's classes describe the page ("has-sidebar", "single-author"), not a part of it.
		for (; e != null && !e.normalName().equals("body"); e = e.parent()) {
			if (post == null && e.className().contains("post-")) {
				Matcher id = POST_CLASS.matcher(e.className());
				post = id.find() ? id.group(1) : null;
			}
			// A blockquote quotes someone else's post: an embedded tweet's or Facebook post's "Posted by" credit.
			if (e.normalName().equals("nav") || e.normalName().equals("blockquote") || isTeaserLink(e)) {
				return true;
			}
			if (e.normalName().equals("article")) {
				inFooter = false;
				inAside &= !metaAside;
			}
			else if (e.normalName().equals("footer")) {
				inFooter = true;
			}
			else if (e.normalName().equals("aside")) {
				inAside = true;
				metaAside = ClassWords.of(e).stream().anyMatch(MetadataRules.ARTICLE_META_WORDS::contains);
			}
			for (String word : ClassWords.of(e)) {
				if (MetadataRules.NON_BYLINE_WORDS.contains(word) || namesMenu(word)) {
					return true;
				}
			}
		}
		return inFooter || inAside || post != null && e != null && isOtherPost(post, e);
	}

	private static boolean isOtherPost(String post, Element body) {
		Matcher page = PAGE_POST_CLASS.matcher(body.className());
		return page.find() && !page.group(1).equals(post);
	}

	/**
	 * A menu named in one word ("mainnav", "topnav", "subnav"): its links are sections and shows ("By Any Means
	 * Necessary"), not bylines. Not words starting with "nav": "navbyline" and "navigation-container" wrap
	 * articles, and "with-navigation" marks the main column.
	 */
	private static boolean namesMenu(String word) {
		return word.endsWith("nav");
	}

	/**
	 * A link wrapping a headline and its byline is a teaser card of another article ({@code <a href="/other"><h3>…</h3>
	 * <div class="author-name">Von Jane Doe</div></a>}); a link to the author's page may wrap the name's heading.
	 */
	private static boolean isTeaserLink(Element element) {
		return element.nameIs("a") && !AUTHOR_PAGE_LINK.matches(element, element)
				&& element.selectFirst(TEASER_HEADLINE) != null;
	}

	/**
	 * The candidates of the markup bylines, found among the page's elements of their tags or attributes instead of
	 * by a walk (a select or a stream stopping at the first hit) for each: every {@code itemprop=author} element, the
	 * first {@code rel=author} and author-page links that can start a group, the first class byline in the body (the
	 * run of the list from the body to its last descendant). Each kind is tested only until its first is found, as
	 * the streams were.
	 */
	private static final class BylineCandidates {

		private final List<Element> schemaAuthors;

		private final Element relAuthor;

		private final Element authorPage;

		private Element classByline;

		BylineCandidates(PageElements elements) {
			Document page = elements.page();
			this.schemaAuthors = elements.select(SCHEMA_AUTHOR);
			this.relAuthor = firstOfGroup(elements, REL_AUTHOR_LINK, REL_AUTHOR);
			this.authorPage = firstOfGroup(elements, LINKS, AUTHOR_PAGE_LINK);
			int bodyStart = (page.body() != null) ? elements.indexOf(page.body()) : -1;
			int bodyEnd = (bodyStart >= 0) ? elements.end(bodyStart) : -1;
			for (int i : elements.candidates(CLASSED)) {
				if (i >= bodyStart && i < bodyEnd
						&& isClassByline(elements.all().get(i), elements.className(i), elements.id(i))) {
					this.classByline = elements.all().get(i);
					break;
				}
			}
		}

		private static Element firstOfGroup(PageElements elements, IndexedSelector candidates, Evaluator selector) {
			for (Element element : elements.select(candidates)) {
				if (selector.matches(elements.page(), element) && isFirstOfGroup(element)) {
					return element;
				}
			}
			return null;
		}

		static boolean isFirstOfGroup(Element element) {
			return !isOutsideArticle(element) && !element.text().isBlank();
		}

	}

	/** Stops the walk at the first byline found. */
	private record NodeFilterAdapter(Predicate<Node> found) implements NodeFilter {

		@Override
		public FilterResult head(Node node, int depth) {
			return this.found.test(node) ? FilterResult.STOP : FilterResult.CONTINUE;
		}

	}

}
