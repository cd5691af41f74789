package news.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Picks the headline a reader sees: the {@code <h1>} (or {@code <h2>} on pages whose {@code <h1>} is the site logo)
 * that agrees best with the titles the page declares in its metadata. Metadata titles often carry a kicker
 * ("Klimaschutz: …"), a site suffix or a social-media variant; the visible heading is the article's own wording.
 * Headings of navigation, logos and the site name are never headlines.
 */
final class HeadlineChooser {

	/** A heading sharing less than this (token F-measure) with every metadata title is not confirmed by it. */
	private static final double MIN_AGREEMENT = 0.5;

	/** Prefer an {@code <h1>} over an equally matching {@code <h2>}. */
	private static final double H1_BONUS = 0.1;

	private static final double NAVIGATION_PENALTY = 0.45;

	/** A {@code <h2>} must agree this well to beat the page's first {@code <h1>}. */
	private static final double MIN_H2_AGREEMENT = 0.8;

	private static final IndexedSelector HEADINGS = IndexedSelector.parse("h1, h2");

	/** Headings that head an article on a page using no {@code <h1>}/{@code <h2>} at all. */
	private static final IndexedSelector LOWER_HEADINGS = IndexedSelector.parse("h3, h4");

	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s:|\\-–—·•/]+|[\\s:|\\-–—·•/]+$");

	private static final int MAX_KICKER_WORDS = 6;

	/** First elements of a heading that are never a kicker: a link, a line break, annotated characters. */
	private static final Set<String> NOT_KICKER_TAGS = Set.of("a", "br", "ruby");

	private static final int MAX_HEADLINE_CHARS = 300;

	/** Text between the {@code <h1>} and a heading continuing it: a date line, a byline. */
	private static final int MAX_CHARS_BELOW_HEADLINE = 150;

	/** Separators between a title and the site or section name, a spaced colon included. */
	private static final Pattern SEPARATOR = Pattern.compile("\\s+[:|\\-–—·•»«›‹/]{1,2}\\s+");

	/** A declared title of this many words is a headline rather than a site's name. */
	private static final int MIN_HEADLINE_WORDS = 4;

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

	/** Class words of the parts of a heading that are not the headline: kicker, overline, screen-reader text. */
	private static final Set<String> KICKER_WORDS = Set.of("kicker", "overline", "dachzeile", "topline", "roofline",
			"eyebrow", "supertitle", "superline", "spitzmarke", "label", "subheadline");

	/**
	 * Parts of a heading that are not the headline: {@code <small>} holds a subtitle or the date line
	 * ({@code <h1>Headline <small>Subtitle</small></h1>}), styles and scripts show no text, and ruby annotations
	 * ({@code <ruby>子<rt>こ</rt></ruby>}) are a reading aid above the headline's characters.
	 */
	private static final Set<String> NOT_HEADLINE_TAGS = Set.of("small", "style", "script", "noscript", "rt", "rp");

	/** Class/id words of site logos and brand headings. */
	private static final Set<String> LOGO_WORDS = Set.of("logo", "brand", "branding", "site", "sitename",
			"blogname", "blogtitle", "masthead");

	/** Class words of visually hidden text ("aural", "visuallyhidden"); the split ones are checked in pairs. */
	private static final Set<String> SCREEN_READER_WORDS = Set.of("aural", "visuallyhidden", "offscreen");

	/** Ancestors that make a heading navigation rather than a headline. */
	private static final Set<String> NAVIGATION_TAGS = Set.of("nav", "footer", "aside");

	/**
	 * Class words of navigation, a breadcrumb trail and of carousels, whose slides show teasers of other pages
	 * (or the site's slogan in several languages), each in its own {@code <h1>}.
	 */
	private static final Set<String> NAVIGATION_WORDS = Set.of("breadcrumb", "breadcrumbs", "nav", "menu", "carousel",
			"slider");

	/**
	 * @param metaTitles titles from JSON-LD, OpenGraph/Twitter and {@code <title>}, any order
	 * @param documentTitle the {@code <title>}, or null
	 * @param pageUrl the page's URL, whose host names the site
	 * @return the visible headline, or null when no heading qualifies
	 */
	String choose(PageElements page, List<String> metaTitles, String documentTitle, String siteName, String pageUrl) {
		List<Set<String>> declared = metaTitles.stream().map(HeadlineChooser::tokens).filter((t) -> !t.isEmpty())
			.toList();
		Set<String> exactTitles = exactTitles(metaTitles);
		Set<String> titleSegments = segments(exactTitles);
		List<Heading> headings = headings(page, exactTitles);
		Set<String> siteNames = siteNames(metaTitles, documentTitle, siteName, pageUrl, headings, page);
		boolean declaredOutsideNavigation = headings.stream().anyMatch((heading) -> !heading.navigation()
				&& heading.whole() && exactTitles.contains(heading.text()));
		String best = null;
		double bestScore = 0;
		boolean bestInNavigation = false;
		int bestIndex = -1;
		String firstH1 = null;
		String firstMarked = null;
		String firstPageTitle = null;
		String firstLeading = null;
		boolean confirmedH1 = false;
		for (int index = 0; index < headings.size(); index++) {
			Heading heading = headings.get(index);
			String text = heading.text();
			if (heading.home() || siteNames.contains(text.toLowerCase(Locale.ROOT))) {
				continue;
			}
			if (heading.h1() && !heading.navigation() && firstH1 == null && TOKEN.matcher(text).find()) {
				firstH1 = text;
			}
			if (heading.marked() && !heading.navigation() && firstMarked == null) {
				firstMarked = text;
			}
			if (heading.pageTitle() && !heading.navigation() && firstPageTitle == null) {
				firstPageTitle = text;
			}
			if (!heading.navigation() && firstLeading == null
					&& (opensDeclaredTitle(text, exactTitles) || titleSegments.contains(text))) {
				firstLeading = text;
			}
			double agreement = agreement(text, declared);
			// Breadcrumbs may end with the headline; only a near-exact match counts there, or an <h1> that is a
			// declared title word for word (sites put their headline's <h1> into the breadcrumb trail), unless a
			// heading outside navigation shows a declared title whole: the trail repeats the <title>, the article
			// heads with its og:title or JSON-LD headline.
			boolean navigation = heading.navigation()
					&& !(heading.h1() && exactTitles.contains(text) && !declaredOutsideNavigation);
			double score = score(agreement, heading.h1(), navigation);
			if (agreement < (heading.h1() ? MIN_AGREEMENT : MIN_H2_AGREEMENT) || score < MIN_AGREEMENT) {
				continue;
			}
			// An <h2> below a confirmed <h1> heads a part of the article: a recipe card's "Lemon cake" under the
			// post's "Juicy lemon cake: simply delicious!", though it repeats the recipe's declared name exactly.
			if (!heading.h1() && confirmedH1) {
				continue;
			}
			confirmedH1 |= heading.h1() && !navigation;
			if (score > bestScore) {
				best = text;
				bestScore = score;
				bestInNavigation = heading.navigation();
				bestIndex = index;
			}
		}
		// A breadcrumb trail's <h1> repeats the <title>; the article's own header shows the headline, which
		// microdata may mark on an element that is no heading (<div itemprop="headline">, a span of an <h2> beside
		// its kicker).
		String marked = bestInNavigation ? markedHeadline(page, declared) : null;
		if (marked != null) {
			return marked;
		}
		// A declared title may add a subtitle or a descriptor to the headline ("Headline - Holiday villa in
		// Florida") or the site and section names ("Club - News » Headline"): a heading showing exactly its first
		// part, or one of its segments, is the headline, though it shares too few words.
		if (best == null && firstLeading != null) {
			return firstLeading;
		}
		if (best == null && firstH1 != null && sharesNothingWithArticleTitle(firstH1, metaTitles, documentTitle)
				&& !UrlSlug.spells(pageUrl, firstH1)) {
			return null;
		}
		// A page that declares only its <title> (often a short label or the page's name) and shows no <h1>: the
		// heading its microdata marks as the headline is one, though no declared title confirms it; else the first
		// element its theme classes as the headline (a styled <div class="l-headline"> where no heading is used).
		if (best == null && firstH1 == null && metaTitles.stream().allMatch((title) -> title.equals(documentTitle))) {
			return (firstMarked != null) ? firstMarked : classedHeadline(page);
		}
		// So is a heading its theme classes as the page's title (page-title) on a page showing no <h1>, also where
		// og:title is an SEO text sharing too few of its words.
		if (best == null && firstH1 == null && firstPageTitle != null) {
			return firstPageTitle;
		}
		return (best != null) ? continuation(best, bestIndex, headings) : firstH1;
	}

	/**
	 * The heading right below the chosen {@code <h1>}, at most a date line between them, where it repeats the
	 * {@code <h1>} and goes on after a separator ("Vintage fire engines - Part 49" above "Vintage fire engines -
	 * Part 49 – The 1930s"): the {@code <h1>} is the series' or the page's short name, the heading
	 * below the article's headline in full. Sections further down repeating the page's name ("Small loans - Online &
	 * fast" below a loan form) head parts of the page. Else the chosen one.
	 */
	private static String continuation(String best, int bestIndex, List<Heading> headings) {
		if (bestIndex < 0 || bestIndex + 1 >= headings.size() || !headings.get(bestIndex).h1()) {
			return best;
		}
		Heading next = headings.get(bestIndex + 1);
		return (!next.navigation() && opensBeforeSeparator(best, next.text())
				&& charsBetween(headings.get(bestIndex).element(), next.element()) <= MAX_CHARS_BELOW_HEADLINE)
						? next.text() : best;
	}

	/**
	 * The characters of text between the end of one element and a later one, counted until they pass
	 * {@link #MAX_CHARS_BELOW_HEADLINE}.
	 */
	private static int charsBetween(Element above, Element below) {
		int chars = 0;
		Node node = nextAfter(above);
		while (node != null && node != below && chars <= MAX_CHARS_BELOW_HEADLINE) {
			if (node instanceof TextNode text) {
				chars += text.text().trim().length();
			}
			node = (node.childNodeSize() > 0) ? node.childNode(0) : nextAfter(node);
		}
		return chars;
	}

	/** The node following this one and its descendants in document order, or null at the end of the page. */
	private static Node nextAfter(Node node) {
		for (Node n = node; n != null; n = n.parent()) {
			if (n.nextSibling() != null) {
				return n.nextSibling();
			}
		}
		return null;
	}

	/**
	 * The first {@code <h2>} outside navigation where the title the metadata gives is only the site's name: its
	 * og:site_name (a JSON-LD page named after the site), the last segment of its {@code <title>} ("Submissions |
	 * Digital Review" with a breadcrumb's {@code <h1>} "Submissions"), a host's name ending the {@code <title>}
	 * with a separator, or a {@code <title>} of one segment naming the host where nothing else is declared. Such
	 * pages head their content with an {@code <h2>}, or with an {@code <h3>}/{@code <h4>} where they use neither
	 * {@code <h1>} nor {@code <h2>}. So does a wiki's page path ("BeginnersGuide/Download"), whose page heads its
	 * content with the readable title. Null for any other title, or without such a heading.
	 */
	String insteadOfSiteName(String title, PageElements page, List<String> metaTitles, String documentTitle,
			String siteName, String pageUrl) {
		if (title == null || !(title.equalsIgnoreCase(siteName) || isSiteSegment(title, documentTitle, pageUrl)
				|| isSiteNameAlone(title, documentTitle, pageUrl)
				|| isHostNamedTitle(title, metaTitles, documentTitle, pageUrl)
				|| MetadataRules.WIKI_PAGE_PATH.matcher(title).matches())) {
			return null;
		}
		List<Heading> headings = headings(page, exactTitles(metaTitles));
		if (headings.isEmpty()) {
			return lowerHeading(page, title);
		}
		// A site name some page tools declare is the headline itself (application-name = the <h1>).
		if (headings.stream().anyMatch((heading) -> heading.h1() && !heading.navigation()
				&& heading.text().equalsIgnoreCase(title))) {
			return null;
		}
		for (Heading heading : headings) {
			if (!heading.h1() && !heading.navigation() && !heading.text().equalsIgnoreCase(title)) {
				return heading.text();
			}
		}
		return null;
	}

	/**
	 * The title is the whole {@code <title>}, the only title declared, of one segment opening with the site's host
	 * name ("Example Association e.V." on example.de): an organisation's page template names itself on every page.
	 * A headline mentioning the site later on ("Open day at Example") keeps its {@code <title>}.
	 */
	private static boolean isHostNamedTitle(String title, List<String> metaTitles, String documentTitle,
			String pageUrl) {
		if (documentTitle == null || !metaTitles.stream().allMatch((declared) -> declared.equals(documentTitle))) {
			return false;
		}
		String whole = TextNormalizer.collapse(documentTitle);
		return whole.equalsIgnoreCase(TextNormalizer.collapse(title)) && SEPARATOR.split(whole).length == 1
				&& SiteHost.of(pageUrl).isNamedBy(whole.split(" ")[0]);
	}

	/**
	 * The text of the first {@code <h3>}/{@code <h4>} outside navigation that links nowhere and is not the site's
	 * name, or null: on a page without {@code <h1>}/{@code <h2>}, a linked one is a teaser's.
	 */
	private static String lowerHeading(PageElements page, String siteName) {
		for (Element heading : page.select(LOWER_HEADINGS)) {
			String text = headingText(heading);
			if (!text.isEmpty() && text.length() <= MAX_HEADLINE_CHARS && !text.equalsIgnoreCase(siteName)
					&& !isNavigation(heading) && heading.select(ExtractionRules.LINK).isEmpty()
					&& heading.closest("a") == null) {
				return text;
			}
		}
		return null;
	}

	/** The title is the last segment of the {@code <title>}, whose first segment does not name the site's host. */
	private static boolean isSiteSegment(String title, String documentTitle, String pageUrl) {
		if (documentTitle == null) {
			return false;
		}
		String[] segments = SEPARATOR.split(TextNormalizer.collapse(documentTitle));
		return segments.length > 1 && segments[segments.length - 1].equalsIgnoreCase(TextNormalizer.collapse(title))
				&& !SiteHost.of(pageUrl).isNamedBy(segments[0]);
	}

	/**
	 * The {@code <title>} is a name of the site's host and a separator with nothing after it ("Example Rail -" on
	 * examplerail.com): the template's headline slot stayed empty. A title naming something else before such a
	 * separator is the headline whose site part is empty.
	 */
	private static boolean isSiteNameAlone(String title, String documentTitle, String pageUrl) {
		if (documentTitle == null) {
			return false;
		}
		Matcher dangling = MetadataRules.DANGLING_SEPARATOR.matcher(TextNormalizer.collapse(documentTitle));
		return dangling.find() && dangling.replaceFirst("").equalsIgnoreCase(TextNormalizer.collapse(title))
				&& SiteHost.of(pageUrl).isNamedBy(title);
	}

	private static Set<String> exactTitles(List<String> metaTitles) {
		Set<String> exactTitles = new HashSet<>();
		metaTitles.forEach((title) -> exactTitles.add(TextNormalizer.collapse(title)));
		return exactTitles;
	}

	/** The page's {@code <h1>} and {@code <h2>} headings that show a text of headline length, in page order. */
	private static List<Heading> headings(PageElements page, Set<String> exactTitles) {
		List<Heading> headings = new ArrayList<>();
		for (Element heading : page.select(HEADINGS)) {
			String text = isScreenReaderOnly(heading) ? "" : headingText(heading);
			// A kicker longer than the headline is still a kicker when the rest is a declared title word for word.
			if (!text.isEmpty() && !exactTitles.contains(text)) {
				text = declaredPart(heading, exactTitles, text);
			}
			if (!text.isEmpty() && text.length() <= MAX_HEADLINE_CHARS
					&& !MetadataRules.LOADING_TEXT.matcher(text).matches()) {
				boolean home = linksHome(heading);
				boolean whole = exactTitles.contains(text) && text.equals(wholeText(heading));
				headings.add(new Heading(heading, text, heading.normalName().equals("h1"),
						home || isNavigation(heading), heading.attr("itemprop").equals("headline"),
						isPageTitle(heading), home, whole));
			}
		}
		return headings;
	}

	/**
	 * Of a heading that opens with an element, the part that is a declared title word for word: the rest after a
	 * kicker longer than the headline, or the first element set apart by style from a subtitle
	 * ({@code <h1><strong>Ferry line opens.</strong><br>The islands get their own port.</h1>}, a headline, no
	 * kicker). The heading's text otherwise.
	 */
	private static String declaredPart(Element heading, Set<String> exactTitles, String text) {
		Element root = innermost(heading);
		Element first = firstElement(parts(root));
		if (first == null) {
			return text;
		}
		String rest = textWithout(root, first);
		if (exactTitles.contains(rest)) {
			return rest;
		}
		String lead = EDGE_PUNCTUATION.matcher(TextNormalizer.collapseWithoutSoftHyphens(first.text()))
			.replaceAll("");
		return exactTitles.contains(lead) ? lead : text;
	}

	/**
	 * The text of the first element outside navigation, headings and links whose class names it the headline
	 * ({@code l-headline}), or null. Headings were judged already (an {@code <h2 class="text__headline">} heads a
	 * section), and a linked one is a teaser's. Walks the whole page, so only where no heading qualifies.
	 */
	private static String classedHeadline(PageElements page) {
		for (Element element : page.all()) {
			if (ClassWords.of(element).contains("headline") && !inHeadingOrLink(element) && !isNavigation(element)) {
				String text = headingText(element);
				if (!text.isEmpty() && text.length() <= MAX_HEADLINE_CHARS) {
					return text;
				}
			}
		}
		return null;
	}

	/**
	 * The text of the first element outside navigation that microdata marks as the headline and that is no
	 * {@code <h1>}/{@code <h2>} (those were judged already), its kicker left out, where the declared titles confirm
	 * it with the kicker; null otherwise. Teaser cards mark their headlines too, hence the confirmation. Walks the
	 * whole page, so only where the headline chosen so far is in navigation.
	 */
	private static String markedHeadline(PageElements page, List<Set<String>> declared) {
		for (Element element : page.all()) {
			if (element.attr("itemprop").equals("headline") && !HEADINGS.tags().contains(element.normalName())
					&& !isNavigation(element) && agreement(wholeText(element), declared) >= MIN_AGREEMENT) {
				String text = headingText(element);
				if (!text.isEmpty() && text.length() <= MAX_HEADLINE_CHARS) {
					return text;
				}
			}
		}
		return null;
	}

	private static boolean inHeadingOrLink(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			String tag = e.normalName();
			if (tag.equals("a") || tag.equals("h1") || ExtractionRules.HEADING_TAGS.contains(tag)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A heading of a page's {@code <h1>}/{@code <h2>}, its kicker left out.
	 *
	 * @param element the heading element
	 * @param marked microdata marks it as the headline ({@code itemprop=headline})
	 * @param pageTitle its class marks it as the page's title ({@code page-title}, {@code sp-page-title-heading})
	 * @param home it links to the home page: the site's name in the logo
	 * @param whole it is a declared title word for word with no kicker left out (a kicker and a headline in
	 *     their own spans may repeat two declared titles at once)
	 */
	private record Heading(Element element, String text, boolean h1, boolean navigation, boolean marked,
			boolean pageTitle, boolean home, boolean whole) {
	}

	/**
	 * The first {@code <h1>} shares not one word with a title of headline length that JSON-LD or a meta tag
	 * declares: a teaser or widget heading ("Most read", another article's headline) on a page whose own headline
	 * is in no heading. The {@code <title>} does not count, as it is often only the site's name.
	 */
	private static boolean sharesNothingWithArticleTitle(String heading, List<String> metaTitles,
			String documentTitle) {
		Set<String> tokens = tokens(heading);
		boolean declaredHeadline = false;
		for (String title : metaTitles) {
			if (title.equals(documentTitle)) {
				continue;
			}
			Set<String> declared = tokens(title);
			if (declared.stream().anyMatch(tokens::contains)) {
				return false;
			}
			declaredHeadline |= declared.size() >= MIN_HEADLINE_WORDS;
		}
		return declaredHeadline;
	}

	/** The text opens a declared title and a separator follows it ("Headline" of "Headline - Subtitle"). */
	private static boolean opensDeclaredTitle(String text, Set<String> exactTitles) {
		return exactTitles.stream().anyMatch((title) -> opensBeforeSeparator(text, title));
	}

	/** The text opens the longer one and a separator follows it there. */
	private static boolean opensBeforeSeparator(String text, String longer) {
		if (longer.length() <= text.length() || !longer.startsWith(text)) {
			return false;
		}
		Matcher separator = SEPARATOR.matcher(longer);
		return separator.find(text.length()) && separator.start() == text.length();
	}

	/**
	 * The segments of the declared titles split at their separators ("Club", "News", "Headline" of "Club - News »
	 * Headline"), those of one word left out: a section label ("News") is as often a heading of its own.
	 */
	private static Set<String> segments(Set<String> exactTitles) {
		Set<String> segments = new HashSet<>();
		for (String title : exactTitles) {
			String[] parts = SEPARATOR.split(title);
			for (int i = 0; parts.length > 1 && i < parts.length; i++) {
				if (tokens(parts[i]).size() >= 2) {
					segments.add(parts[i]);
				}
			}
		}
		return segments;
	}

	private static double score(double agreement, boolean h1, boolean navigation) {
		return agreement + (h1 ? H1_BONUS : 0) - (navigation ? NAVIGATION_PENALTY : 0);
	}

	private static double agreement(String text, List<Set<String>> declared) {
		Set<String> tokens = tokens(text);
		double best = 0;
		for (Set<String> title : declared) {
			best = Math.max(best, agreement(tokens, title));
		}
		return best;
	}

	/** The heading's text without its kicker ("Klimaschutz: "). */
	static String headingText(Element heading) {
		Element root = innermost(heading);
		return textWithout(root, leadingKicker(parts(root)));
	}

	/** All the text the heading shows, its kicker included. */
	private static String wholeText(Element heading) {
		return EDGE_PUNCTUATION.matcher(TextNormalizer.collapseWithoutSoftHyphens(heading.text())).replaceAll("");
	}

	/** The text of the root's child nodes but one (null: all of them). */
	private static String textWithout(Element root, Node skipped) {
		StringBuilder text = new StringBuilder();
		// All child nodes, not just the parts: the spaces between two spans separate their words.
		for (Node child : root.childNodes()) {
			if (child != skipped) {
				appendNode(child, text);
			}
		}
		String collapsed = TextNormalizer.collapseWithoutSoftHyphens(text.toString());
		return EDGE_PUNCTUATION.matcher(collapsed).replaceAll("");
	}

	/** The element holding the heading's parts: the heading, or the only element it wraps ({@code <h1><a>…</a>}). */
	private static Element innermost(Element heading) {
		Element root = heading;
		List<Node> parts = parts(root);
		while (parts.size() == 1 && parts.get(0) instanceof Element only) {
			root = only;
			parts = parts(root);
		}
		return root;
	}

	/**
	 * Child nodes that show something: non-blank text and elements other than styles, scripts and subtitles (a
	 * {@code <style>} before the kicker would otherwise count as the heading's first part).
	 */
	private static List<Node> parts(Element element) {
		List<Node> parts = new ArrayList<>();
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text ? !text.isBlank()
					: child instanceof Element e && !NOT_HEADLINE_TAGS.contains(e.normalName())) {
				parts.add(child);
			}
		}
		return parts;
	}

	private static Element firstElement(List<Node> parts) {
		return (parts.size() >= 2 && parts.get(0) instanceof Element first
				&& !NOT_KICKER_TAGS.contains(first.normalName())) ? first : null;
	}

	/**
	 * A short first element followed by the longer rest of the heading is a kicker set apart by style:
	 * {@code <h1><span class="toptitle">Olympics in Paris</span> Drinks delivered by boat</h1>}. When the rest
	 * goes on in lower case ({@code <span>Feud</span> of the century escalates}), the element is the sentence's
	 * first word in another style, not a kicker.
	 */
	private static Node leadingKicker(List<Node> parts) {
		if (parts.size() < 2 || !(parts.get(0) instanceof Element first)
				|| NOT_KICKER_TAGS.contains(first.normalName())) {
			return null;
		}
		String kicker = first.text().trim();
		StringBuilder rest = new StringBuilder();
		for (Node part : parts.subList(1, parts.size())) {
			rest.append(part instanceof Element e ? e.text() : ((TextNode) part).text()).append(' ');
		}
		String restText = rest.toString().trim();
		if (!restText.isEmpty() && Character.isLowerCase(restText.codePointAt(0))) {
			return null;
		}
		int kickerWords = kicker.isEmpty() ? 0 : kicker.split("\\s+").length;
		return (kickerWords > 0 && kickerWords <= MAX_KICKER_WORDS && restText.length() > kicker.length())
				? first : null;
	}

	private static void appendNode(Node node, StringBuilder into) {
		if (node instanceof TextNode text) {
			into.append(text.getWholeText());
		}
		else if (node instanceof Element e) {
			if (e.normalName().equals("br")) {
				into.append(' ');
			}
			// A hidden element in the heading is the CMS's edit link or a copy for screen readers' markup; text for
			// screen readers only describes an icon beside the headline ("Verified account").
			else if (!isKicker(e) && !NOT_HEADLINE_TAGS.contains(e.normalName()) && !BoilerplateRemover.isNonText(e)
					&& !isScreenReaderOnly(e)) {
				for (Node child : e.childNodes()) {
					appendNode(child, into);
				}
			}
		}
	}

	private static boolean isPageTitle(Element heading) {
		List<String> words = ClassWords.of(heading);
		return words.contains("page") && words.contains("title");
	}

	/**
	 * Headings for screen readers only ("Navigation und Service", "Post navigation") label page regions; sighted
	 * readers never see them as the headline.
	 */
	private static boolean isScreenReaderOnly(Element heading) {
		List<String> words = ClassWords.of(heading);
		return words.stream().anyMatch(SCREEN_READER_WORDS::contains)
				|| words.contains("sr") && words.contains("only") || words.contains("screen") && words.contains("reader")
				|| words.contains("visually") && words.contains("hidden");
	}

	private static boolean isKicker(Element element) {
		for (String word : ClassWords.of(element)) {
			if (KICKER_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A heading inside navigation, a breadcrumb, a carousel or a logo (a link to the home page is {@link #linksHome}). The
	 * walk stops below {@code <body>}: the classes of {@code <body>} and {@code <html>} are theme switches for the
	 * whole page ({@code cb-menu-light}, {@code html_header_top}), not the role of one element.
	 */
	private static boolean isNavigation(Element heading) {
		for (Element e = heading; e != null && !e.normalName().equals("body"); e = e.parent()) {
			if (NAVIGATION_TAGS.contains(e.normalName()) || e.attr("role").equals("navigation") || isSidebar(e)) {
				return true;
			}
			List<String> words = ClassWords.ofPart(e);
			if (words.stream().anyMatch(NAVIGATION_WORDS::contains)
					|| (e == heading || e == heading.parent() || e.normalName().equals("a")) && words.stream()
						.anyMatch(LOGO_WORDS::contains)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The element the page names its sidebar by id ({@code id="sidebar"}, {@code sidebar-left}): its panels head
	 * their widgets and page tools with {@code <h1>}/{@code <h2>} ("Page", "User", "Search"). Only the id: a class
	 * "sidebar" also marks a layout with one on the wrapper of the whole page, or names a column holding the
	 * content ({@code content-sidebar-wrap}).
	 */
	static boolean isSidebar(Element element) {
		String id = element.id();
		return id.regionMatches(true, 0, "sidebar", 0, 7);
	}

	/**
	 * The heading holds a link to the site's home page, or one its class names the home link ({@code homelink},
	 * {@code home-link}: the start page of a site's section), or sits inside such a link
	 * ({@code <a href="/"><h1>Example News</h1></a>}): the site's name in its logo.
	 */
	static boolean linksHome(Element heading) {
		Element around = heading.closest("a");
		if (around != null && isLinkHome(around)) {
			return true;
		}
		for (Element link : heading.select(ExtractionRules.LINK)) {
			if (isLinkHome(link)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLinkHome(Element link) {
		String href = link.attr("href");
		return href.equals("/") || href.equals("./") || isRootUrl(link.absUrl("href")) || isHomeLink(link);
	}

	private static boolean isHomeLink(Element link) {
		List<String> words = ClassWords.of(link);
		return words.contains("homelink") || words.contains("home") && words.contains("link");
	}

	/**
	 * Whether what is left of the URL once {@code ^https?://[^/]+} is cut off is "/" or nothing (a logo's link to
	 * "http://www.example.org"): by hand, as {@code replaceFirst} compiles its regex on every call, for every link
	 * in every heading.
	 */
	private static boolean isRootUrl(String url) {
		int host = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
		if (host < 0 || host == url.length() || url.charAt(host) == '/') {
			return url.equals("/");
		}
		int path = url.indexOf('/', host);
		return (path < 0 && url.indexOf('?', host) < 0 && url.indexOf('#', host) < 0) || path == url.length() - 1;
	}

	/**
	 * The site's name in the spellings the page gives: og:site_name, a title segment naming the host
	 * ("Example-News.de » Blog Archiv » …" on example-news.de), else the last segment of the {@code <title>}
	 * (the first when the last is the headline itself).
	 */
	private static Set<String> siteNames(List<String> metaTitles, String documentTitle, String siteName,
			String pageUrl, List<Heading> headings, PageElements page) {
		Set<String> names = new HashSet<>();
		if (siteName != null) {
			names.add(siteName.toLowerCase(Locale.ROOT));
		}
		SiteHost host = SiteHost.of(pageUrl);
		boolean found = false;
		for (String title : metaTitles) {
			String[] segments = SEPARATOR.split(TextNormalizer.collapse(title));
			if (segments.length < 2) {
				continue;
			}
			String first = segments[0];
			String last = segments[segments.length - 1];
			boolean firstNamesHost = host.isNamedBy(first);
			boolean lastNamesHost = host.isNamedBy(last);
			// Headlines name the brand too ("Happy Coffee Sidamo Beans - Happy Coffee Germany"): of two ends naming
			// the host, the shorter is the site's name.
			if (firstNamesHost && (!lastNamesHost || first.length() < last.length())) {
				names.add(first.toLowerCase(Locale.ROOT));
				found = true;
			}
			else if (lastNamesHost) {
				names.add(last.toLowerCase(Locale.ROOT));
				found = true;
			}
		}
		if (!found && documentTitle != null) {
			String[] segments = SEPARATOR.split(TextNormalizer.collapse(documentTitle));
			if (segments.length > 1) {
				// Usually last; first when the last is the headline other metadata declares ("BfS - Presse - Headline")
				// or a heading shows it and none the first ("Petition : Save the choir" above <h1>Save the choir</h1>;
				// a blog's name in its <h1> above the post's <h3> is no such case).
				String first = segments[0];
				String last = segments[segments.length - 1];
				// The site name the page declares is no headline, though a JSON-LD article be named after its
				// publisher.
				boolean lastIsHeadline = !last.equalsIgnoreCase(siteName) && (metaTitles.stream()
					.anyMatch((t) -> TextNormalizer.collapse(t).equalsIgnoreCase(last))
						|| isHeading(last, headings) && !isHeading(first, headings) && !isLowerHeading(first, page));
				names.add((lastIsHeadline ? first : last).toLowerCase(Locale.ROOT));
			}
		}
		return names;
	}

	/**
	 * An {@code <h3>}/{@code <h4>} outside navigation shows the text: a blog's post heads itself so below the blog's
	 * name in an {@code <h1>}.
	 */
	private static boolean isLowerHeading(String text, PageElements page) {
		for (Element heading : page.select(LOWER_HEADINGS)) {
			if (!isNavigation(heading) && headingText(heading).equalsIgnoreCase(text)) {
				return true;
			}
		}
		return false;
	}

	/** A heading outside navigation shows the text (a slogan in the logo's heading does not count). */
	private static boolean isHeading(String text, List<Heading> headings) {
		return headings.stream().anyMatch((heading) -> !heading.navigation() && heading.text().equalsIgnoreCase(text));
	}

	static Set<String> tokens(String text) {
		Set<String> tokens = new HashSet<>();
		Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

	/** Token-set F-measure: 1 when both name the same words, small when one is a fragment of the other. */
	private static double agreement(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int shared = 0;
		for (String token : a) {
			shared += b.contains(token) ? 1 : 0;
		}
		return 2.0 * shared / (a.size() + b.size());
	}

}
