package news.ingest.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Vocabularies and selectors for title, author, date, language and URL metadata, kept apart from the logic. */
final class MetadataRules {

	/** schema.org types whose properties describe the article itself. */
	static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
			"AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "Report",
			"LiveBlogPosting", "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "WebPage");

	/** Article types preferred over a generic {@code WebPage} when a graph holds both. */
	static final Set<String> WEAK_ARTICLE_TYPES = Set.of("WebPage");

	static final String TITLE_META = "meta[property=og:title], meta[name=og:title], meta[name=twitter:title], "
			+ "meta[property=twitter:title], meta[name=title], meta[name=dc.title], meta[name=DC.title]";

	static final String SITE_NAME_META = "meta[property=og:site_name], meta[name=og:site_name], "
			+ "meta[name=application-name], meta[name=publisher]";

	/** Meta tags naming the publication date, most specific first. */
	static final String DATE_META = "meta[property=article:published_time], meta[name=article:published_time], "
			+ "meta[property=og:published_time], meta[itemprop=datePublished], meta[name=pubdate], "
			+ "meta[name=publishdate], meta[name=publish-date], meta[name=publication_date], "
			+ "meta[name=parsely-pub-date], meta[name=sailthru.date], meta[name=date], meta[name=DC.date.issued], "
			+ "meta[name=dc.date.issued], meta[name=DC.date], meta[name=dc.date], meta[name=dcterms.date], "
			+ "meta[name=dcterms.created], meta[name=DC.date.created], meta[property=article:modified_time]";

	static final String AUTHOR_META = "meta[name=author], meta[property=article:author], meta[name=article:author], "
			+ "meta[name=parsely-author], meta[name=sailthru.author], meta[name=dc.creator], meta[name=DC.creator], "
			+ "meta[property=author], meta[name=byl]";

	/** Byline markup used when neither JSON-LD nor meta tags name an author, most specific first. */
	static final List<String> AUTHOR_MARKUP = List.of("[itemprop=author] [itemprop=name]", "[itemprop=author]",
			"a[rel=author]", ".byline-name, .byline__name, .author-name, .article-author, .vcard .fn, .author .fn",
			".byline a, .author a", ".byline, .author");

	static final String LOCALE_META = "meta[property=og:locale], meta[name=language], "
			+ "meta[http-equiv=content-language], meta[name=dc.language], meta[name=DC.language]";

	static final String CANONICAL_LINK = "link[rel=canonical]";

	static final String URL_META = "meta[property=og:url], meta[name=og:url]";

	static final String TIME_MARKUP = "[itemprop=datePublished], time[pubdate], article time[datetime], "
			+ "time[datetime]";

	/** Elements whose class names them as a date line; their text is tried when no markup gives a date. */
	static final String DATE_TEXT_MARKUP = "[class~=(?i)(^|[\\s_-])(date|dateline|published|posted|"
			+ "post-date|entry-date|timestamp|meta|byline|time)([\\s_-]|$)]";

	/** Words of sharing/navigation widgets that end up in bylines and author fields. */
	static final Set<String> AUTHOR_UI_WORDS = Set.of("share", "email", "e-mail", "print", "follow", "facebook",
			"twitter", "linkedin", "whatsapp", "tweet", "pinterest", "reddit", "comments", "comment", "subscribe",
			"more", "view", "profile", "bio", "contact", "author", "authors", "staff", "admin", "read more",
			"see all", "close", "menu", "home", "copy link", "link", "published", "updated");

	/** "By " and its equivalents before a byline. */
	static final Pattern AUTHOR_PREFIX = Pattern.compile(
			"^(?:(?:written|posted|reported|text|words|story)\\s+)?(?:by|von|par|por|door|av|от)[:\\s]+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Separators between several authors in one string. */
	static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s+(?:and|und|&|et|и|ve)\\s+|\\s*[,;|/·•]\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Trailing roles or timestamps glued to a name: "Jane Doe, Reporter", "Jane Doe Updated 3 hours ago". */
	static final Pattern AUTHOR_TRAILER = Pattern.compile(
			"\\s+(?:updated|published|posted|on|am|um|le)\\s.*$|\\s*\\d.*$", Pattern.CASE_INSENSITIVE);

	/** Separators between a page title and the section or site name it carries. */
	static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«›‹/]{1,2}\\s+|\\s+::\\s+");

	/** Separators around a known site name, which may also be a colon ("Site: Headline"). */
	static final Pattern SITE_NAME_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«/:]{1,2}\\s+|\\s+::\\s+|:\\s+");

	static final Pattern URL_LIKE = Pattern.compile("^(?:https?:|www\\.|/)|\\.(?:com|org|net)\\b|@",
			Pattern.CASE_INSENSITIVE);

	/** A date in a URL path: /2019/11/18/ or /2019-11-18/. */
	static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|_|\\.|$)");

	/** A compact date in a URL: /20190331/ or article-20190331.html. */
	static final Pattern URL_COMPACT_DATE = Pattern
		.compile("[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

	/** Longer elements are paragraphs that happen to carry a date-like class, not date lines. */
	static final int MAX_DATE_LINE_CHARS = 200;

	/**
	 * ISO 639-3 codes OpenNLP's detector emits that are not the terminology code {@link java.util.Locale} maps
	 * from ISO 639-1 (macrolanguage members and individual languages).
	 */
	static final Map<String, String> ISO3_TO_ISO1_EXTRA = Map.ofEntries(Map.entry("cmn", "zh"),
			Map.entry("yue", "zh"), Map.entry("pes", "fa"), Map.entry("prs", "fa"), Map.entry("arb", "ar"),
			Map.entry("zsm", "ms"), Map.entry("nob", "no"), Map.entry("ekk", "et"), Map.entry("lvs", "lv"),
			Map.entry("swh", "sw"), Map.entry("azj", "az"), Map.entry("uzn", "uz"), Map.entry("khk", "mn"),
			Map.entry("npi", "ne"), Map.entry("ory", "or"), Map.entry("pbu", "ps"), Map.entry("plt", "mg"),
			Map.entry("gug", "gn"), Map.entry("ydd", "yi"), Map.entry("als", "sq"), Map.entry("hbs", "sh"),
			Map.entry("lat", "la"), Map.entry("fil", "tl"), Map.entry("tgl", "tl"), Map.entry("ind", "id"));

	static final String JSON_LD = "script[type=application/ld+json]";

	private MetadataRules() {
	}

}
