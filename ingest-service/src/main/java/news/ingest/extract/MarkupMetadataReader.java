package news.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Last-resort metadata from the page itself: {@code <title>}, {@code <h1>}, bylines, {@code <time>} and date lines
 * in the text; and the date in the URL, read first.
 */
final class MarkupMetadataReader {

	/**
	 * Bylines and dates inside these are about comments, teasers, embedded social posts or other pages, not this
	 * article.
	 */
	private static final List<String> FOREIGN_WORDS = Stream.concat(Stream.of("comment", "comments", "commentlist",
			"respond", "reply", "replies", "disqus", "related"), MetadataRules.SOCIAL_EMBED_WORDS.stream()).toList();

	/**
	 * A recent-posts list (WordPress's {@code widget_recent_entries}): its dates are other posts', but on a page
	 * showing none of its own the newest of them is the best guess.
	 */
	private static final List<String> TEASER_LIST_WORDS = List.of("recent");

	/** Parsed once: jsoup parses a selector string on every call, the class pattern included. */
	private static final IndexedSelector TIME_MARKUP = IndexedSelector.parse(MetadataRules.TIME_MARKUP);

	private static final Evaluator DATE_TEXT_MARKUP = new AttributeRegex("class", MetadataRules.DATE_TEXT_CLASS);

	private static final IndexedSelector FIRST_HEADING = IndexedSelector.parse("h1");

	private static final IndexedSelector SECOND_HEADING = IndexedSelector.parse("h2");

	private static final IndexedSelector SHARE_IMAGE = IndexedSelector.parse("meta[property=og:image][content]");

	private static final Evaluator HEADER = QueryParser.parse("header");

	private static final Evaluator NAVIGATION = QueryParser.parse("nav");

	private final BylineReader bylines = new BylineReader();

	private final ScriptDateReader scriptDates = new ScriptDateReader();

	private final DateTextScanner textDates = new DateTextScanner();

	/** A full date in the URL path ({@code /2019/11/18/}, {@code -20190331.html}, {@code /29-10-2021}). */
	static void readUrlDate(String pageUrl, MetadataDraft draft) {
		if (pageUrl == null) {
			return;
		}
		String written = pathDate(MetadataRules.URL_DATE, pageUrl);
		if (written == null) {
			written = pathDate(MetadataRules.URL_COMPACT_DATE, pageUrl);
		}
		if (written != null) {
			draft.offerUrlDate(written);
			return;
		}
		Matcher m = MetadataRules.URL_DAY_MONTH_DATE.matcher(pageUrl);
		if (m.find()) {
			try {
				LocalDate day = PublishedDateParser.dayOfEitherOrder(Integer.parseInt(m.group(1)),
						Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), DayOrder.UNKNOWN);
				if (day != null) {
					draft.offerUrlDate(day.toString());
				}
			}
			catch (DateTimeException ex) {
				// "31-02-2021" is a number in a slug, not a day.
			}
		}
	}

	void read(PageElements elements, MetadataDraft draft) {
		Document page = elements.page();
		draft.offerDocumentTitle(documentTitle(page));
		Element h1 = elements.selectFirst(FIRST_HEADING);
		if (h1 != null) {
			draft.offerHeading(h1.text());
			if (HeadlineChooser.linksHome(h1)) {
				draft.offerLogoHeading(h1.text());
			}
		}
		else {
			// A page without <h1> may set its logo in an <h2>.
			for (Element h2 : elements.select(SECOND_HEADING)) {
				if (HeadlineChooser.linksHome(h2)) {
					draft.offerLogoHeading(h2.text());
					break;
				}
			}
		}
		this.bylines.read(elements, draft);
		for (Element time : elements.select(TIME_MARKUP)) {
			// A <time itemprop=dateModified> is the last change, shown beside the publication's <time>.
			if (!isForeign(time, h1) && !time.attr("itemprop").equals("dateModified")) {
				draft.offerTimeElement(firstNonBlank(time.attr("datetime"), time.attr("content"), time.text()),
						time.text(), "time element");
			}
		}
		Element teaserDateLine = null;
		if (!draft.hasDate()) {
			for (Element dateLine : elements.select(DATE_TEXT_MARKUP)) {
				if (!isForeign(dateLine, h1) && !inBanner(dateLine)
						&& dateLine.text().length() <= MetadataRules.MAX_DATE_LINE_CHARS) {
					if (!hasWordAbove(dateLine, TEASER_LIST_WORDS)) {
						draft.offerWrittenDate(dateLine.text(), "text");
						draft.offerWrittenDate(DateTextScanner.splitDate(dateLine), "text");
					}
					else if (teaserDateLine == null) {
						teaserDateLine = dateLine;
					}
				}
			}
		}
		draft.offerLooseDates();
		if (!draft.hasDate()) {
			this.scriptDates.read(page, draft);
		}
		if (!draft.hasDate() && page.body() != null) {
			this.textDates.scan(page.body(), h1, draft);
		}
		if (!draft.hasDate() && teaserDateLine != null) {
			draft.offerWrittenDate(teaserDateLine.text(), "text");
		}
		if (!draft.hasDate()) {
			readImageUrlDate(elements, draft);
		}
		HeadlineDateReader.read(h1, draft);
		draft.offerLanguage(declaredLanguage(page), "html lang");
	}

	/**
	 * The day in the path of the page's share image ({@code og:image} ".../files/2016/05/04/report.png"), as
	 * htmldate's image search reads it: uploads are filed by day when the article is written. The weakest
	 * source, after every date the page shows.
	 */
	private static void readImageUrlDate(PageElements page, MetadataDraft draft) {
		Element image = page.selectFirst(SHARE_IMAGE);
		if (image != null) {
			String day = pathDate(MetadataRules.URL_DATE, image.attr("content"));
			if (day != null) {
				draft.offerDate(day, "image url");
			}
		}
	}

	/** The first year, month and day the pattern finds in the URL, as "y-m-d" (unpadded, as written); else null. */
	private static String pathDate(Pattern yearMonthDay, String url) {
		Matcher m = yearMonthDay.matcher(url);
		return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
	}

	/** The {@code <html>} element's {@code lang}, else XHTML's {@code xml:lang}; blank if neither. */
	static String declaredLanguage(Document page) {
		Element html = page.firstElementChild();
		if (html == null) {
			return "";
		}
		String lang = html.attr("lang");
		return lang.isBlank() ? html.attr("xml:lang") : lang;
	}

	/**
	 * The {@code <title>}, also when text before {@code <html>} (a server warning, a stray BOM line) made the parser
	 * open the body early, so the title landed there; an SVG's {@code <title>} names an icon, not the page.
	 */
	private static String documentTitle(Document page) {
		String title = page.title();
		if (!title.isEmpty() || page.body() == null) {
			return title;
		}
		for (Element element : page.body().getElementsByTag("title")) {
			if (element.closest("svg") == null) {
				return element.text();
			}
		}
		return "";
	}

	/**
	 * Whether the element or an ancestor names comments, teasers or embedded posts; not an ancestor holding the
	 * headline, nor the name of a block holding it (see {@link DateTextScanner#ownPartWords}): an opinion column
	 * ("Kommentar") may call its header {@code ArticleHeaderComment}.
	 */
	private static boolean isForeign(Element element, Element headline) {
		for (Element e = element; e != null; e = e.parent()) {
			List<String> words = DateTextScanner.ownPartWords(e, headline);
			if (FOREIGN_WORDS.stream().anyMatch(words::contains) && !DateTextScanner.holdsHeadline(e, headline)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the element or an ancestor carries one of the words in its class or id. */
	private static boolean hasWordAbove(Element element, List<String> classWords) {
		for (Element e = element; e != null; e = e.parent()) {
			List<String> words = ClassWords.of(e);
			for (String word : classWords) {
				if (words.contains(word)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether the element sits in the site's banner, a {@code <header>} that holds the navigation: a date there is
	 * the day of the visit ("Mittwoch, 26.02.2020" beside the logo). An article's own header holds no menu.
	 */
	private static boolean inBanner(Element element) {
		Element header = element.closest(HEADER);
		return header != null && header.selectFirst(NAVIGATION) != null;
	}

	private static String firstNonBlank(String... values) {
		return List.of(values).stream().filter((v) -> !v.isBlank()).findFirst().orElse(null);
	}

}
