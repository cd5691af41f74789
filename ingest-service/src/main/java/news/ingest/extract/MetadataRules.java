package news.ingest.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Vocabularies and selectors for title, author, date, language and URL metadata, kept apart from the logic. */
final class MetadataRules {

	/** Common domain endings of news sites, enough to tell "acme.de" from "J.R. Doe". */
	private static final String TOP_LEVEL_DOMAINS = "com|org|net|info|eu|de|at|ch|fr|es|it|nl|be|uk|co\\.uk|ca|br|online";

	/** schema.org types whose properties describe the article itself. */
	static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
			"AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "Report",
			"LiveBlogPosting", "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "Recipe", "HowTo", "WebPage");

	/** Article types preferred over a generic {@code WebPage} when a graph holds both. */
	static final Set<String> WEAK_ARTICLE_TYPES = Set.of("WebPage");

	static final String TITLE_META = "meta[property=og:title], meta[name=og:title], meta[name=twitter:title], "
			+ "meta[property=twitter:title], meta[name=title], meta[name=dc.title], meta[name=DC.title]";

	static final String SITE_NAME_META = "meta[property=og:site_name], meta[name=og:site_name], "
			+ "meta[name=application-name], meta[name=publisher]";

	/** Meta tags naming the publication date, most specific first. */
	static final String DATE_META = "meta[property=article:published_time], meta[name=article:published_time], "
			+ "meta[property=og:published_time], meta[itemprop=datePublished], meta[name=datePublished], meta[name=pubdate], "
			+ "meta[name=publishdate], meta[name=publish-date], meta[name=publication_date], "
			+ "meta[name=parsely-pub-date], meta[name=sailthru.date], meta[name=DC.date.issued], "
			+ "meta[name=dc.date.issued], meta[name=dcterms.created], meta[name=DC.date.created]";

	/**
	 * Meta tags with a date of no stated kind, which many CMSs fill with the last change, and the modified time:
	 * weaker than a date the page shows.
	 */
	static final String LOOSE_DATE_META = "meta[name=date], meta[name=DC.date], meta[name=dc.date], "
			+ "meta[name=dcterms.date], meta[property=article:modified_time]";

	/** Meta tags naming the last change, which a page may show under its headline instead of the publication. */
	static final String MODIFIED_DATE_META = "meta[property=article:modified_time], meta[property=og:updated_time], "
			+ "meta[itemprop=dateModified]";

	/** Author meta tags of CMSs, and of the sharing and analytics plugins sites add (Shareaholic, cXense). */
	static final String AUTHOR_META = "meta[name=author], meta[property=article:author], meta[name=article:author], "
			+ "meta[name=parsely-author], meta[name=sailthru.author], meta[name=dc.creator], meta[name=DC.creator], "
			+ "meta[property=author], meta[name=byl], meta[property=article:author_name], "
			+ "meta[name=shareaholic:article_author_name], meta[name=cXenseParse:author], "
			+ "meta[property=cXenseParse:author]";

	/**
	 * Path segments of links to an author's page, the most common byline markup of blogs and CMSs (research
	 * institutes and think tanks list their writers as "experts").
	 */
	static final List<String> AUTHOR_PAGE_PATHS = List.of("/author/", "/authors/", "/autor/", "/autoren/", "/autorin/",
			"/auteur/", "/auteurs/", "/autore/", "/autori/", "/redaktion/", "/journalist/", "/staff/", "/experts/");

	/**
	 * Class/id word beginnings of byline elements ("author-name", "byline__author", "autorenzeile"), and the user
	 * name of forums and community posts ("username"), whose first one outside the replies is the poster.
	 */
	static final List<String> AUTHOR_CLASS_PREFIXES = List.of("author", "byline", "autor", "auteur", "writer",
			"verfasser", "username");

	/** Class/id words that start like an author word but name something else. */
	static final Set<String> AUTHOR_CLASS_EXCLUDED = Set.of("authority", "authorities", "authorize", "authorized",
			"autoren", "autorenbox", "authorbox", "authors", "auteurs", "authorbio");

	/** Class words of an article's meta line (author, date), which some themes set in an {@code <aside>}. */
	static final Set<String> ARTICLE_META_WORDS = Set.of("meta", "byline", "postmeta", "authors");

	/**
	 * Class/id words of parts whose bylines name commenters or authors of other articles; layout words like
	 * "sidebar" are left out, as themes put them on wrappers. A newsletter or subscription form's messages open
	 * with words a label may be ("POR FAVOR, VUELVA A INTENTARLO": "please try again"), and so does a subscription
	 * box's price ("POR SEMANA", "per week"; Spanish "suscripción", French and German "abonnement").
	 */
	static final Set<String> NON_BYLINE_WORDS = Set.of("comment", "comments", "commentlist", "respond", "reply",
			"replies", "disqus", "related", "recommended", "nav", "menu", "breadcrumb", "breadcrumbs", "newsletter",
			"newsletters", "subscribe", "subscription", "suscripcion", "abonnement", "signup");

	/**
	 * Class words of what a byline box names beside the author and is no one: the section or category the article
	 * is filed under, the publication the writer works for ({@code <span class="publication">Acme Wire</span>}), the
	 * place the writer files from ({@code <p class="author-local">In Springfield</p>}).
	 */
	static final Set<String> BYLINE_COMPANION_WORDS = Set.of("section", "category", "categories", "kicker", "rubric",
			"rubrik", "ressort", "topic", "publication", "local", "location", "place", "city");

	/** Articles opening a publication's name ("The Courier", "La Gaceta", "Die Zeitung"), not a person's. */
	static final Set<String> PUBLICATION_ARTICLES = Set.of("the", "la", "el", "le", "les", "il", "los", "las", "die",
			"der", "das", "het");

	/** Lower-case words inside names ("Ursula von der Leyen", "Jean de la Fontaine"). */
	static final Set<String> NAME_PARTICLES = Set.of("von", "van", "vom", "zu", "de", "der", "den", "la", "le", "du",
			"da", "di", "del", "della", "dos", "das", "do", "y", "e", "ten", "ter", "al", "el", "bin", "ibn", "v.");

	/** Academic degrees written after a name ("Jane Doe, PhD"): not a second author. */
	static final Set<String> DEGREES = Set.of("phd", "ph.d.", "md", "m.d.", "mba", "msc", "m.sc.", "rd", "mph",
			"dphil");

	/**
	 * Credentials written after a name ("Jane Doe, MS, RDN"), which taken alone could be someone's initials: only
	 * after a name are they no co-author.
	 */
	static final Set<String> CREDENTIALS = Set.of("ms", "ma", "bs", "ba", "bsc", "msc", "rn", "rdn", "ld", "ldn",
			"cde", "np", "pa", "pa-c", "do", "dds", "dmd", "jd", "llm", "psyd", "lcsw", "lpc", "cpt", "cscs", "cns",
			"cfp", "cpa", "esq", "facp", "facs", "mfa", "med", "edd");

	/** A copyright sign before a name ("© Jane Doe" under a photo or article). */
	static final Pattern COPYRIGHT_SIGN = Pattern.compile("^(?:©|\\(c\\))\\s*", Pattern.CASE_INSENSITIVE);

	/** Longer "names" are sentences or job descriptions picked up from a byline block. */
	static final int MAX_NAME_WORDS = 5;

	static final String LOCALE_META = "meta[property=og:locale], meta[name=language], "
			+ "meta[http-equiv=content-language], meta[name=dc.language], meta[name=DC.language]";

	static final String CANONICAL_LINK = "link[rel=canonical]";

	static final String URL_META = "meta[property=og:url], meta[name=og:url]";

	/** Every {@code <time datetime>}: an alternative {@code article time[datetime]} would match nothing more. */
	static final String TIME_MARKUP = "[itemprop=datePublished], time[pubdate], time[datetime]";

	/**
	 * Elements whose class names them as a date line; their text is tried when no markup gives a date
	 * ("news-single-timedata" is TYPO3 news' date line). Not "datum": German pages name event dates so.
	 */
	static final Pattern DATE_TEXT_CLASS = Pattern.compile("(?i)(^|[\\s_-])(date|dateline|published|posted|"
			+ "post-date|entry-date|timestamp|meta|byline|time|timedata)([\\s_-]|$)");

	/**
	 * Words naming a publication or its desk rather than a person ("Redaktion", "News Team", "Acme Media GmbH"):
	 * an author field holding one is passed over when another source names a person.
	 */
	static final Set<String> ORGANISATION_WORDS = Set.of("redaktion", "editorial", "editors", "newsroom", "desk",
			"news", "online", "media", "team", "verlag", "gmbh", "ag", "kg", "eg", "e.v.", "inc", "inc.", "ltd", "ltd.",
			"llc", "agency", "agencies", "agentur", "press", "presse", "pressestelle", "magazin", "magazine", "zeitung",
			"redacción", "rédaction", "redazione", "nachrichten");

	/**
	 * A field label before a name in a language the byline labels don't list ("Автор: ", "Piše: ", "質問者："):
	 * one or two words and a colon. No person's name holds a colon, so the words before it label the name.
	 */
	static final Pattern FIELD_LABEL = Pattern.compile("^([\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+)?)\\s*[:：]\\s*(?=\\S)");

	/** Labels of a picture's or video's credit: the name after them took the photo, not wrote the article. */
	static final Set<String> MEDIA_CREDIT_LABELS = Set.of("foto", "fotos", "photo", "photos", "fotografie",
			"photography", "bild", "bilder", "image", "images", "picture", "pictures", "illustration", "illustrationen",
			"illustrations", "illustrator", "ilustrator", "ilustración", "illustrazione", "grafik", "graphic",
			"graphics", "video", "videos", "kamera", "camera", "credit", "credits", "bildquelle", "фото", "видео",
			"иллюстрация");

	/** Job titles that follow a name in a byline ("Jane Doe, Senior Correspondent", "CNN Editor-at-large"). */
	static final Set<String> ROLE_WORDS = Set.of("editor", "correspondent", "reporter", "columnist", "contributor",
			"writer", "journalist", "photographer", "ceo", "founder", "redakteur", "redakteurin", "chefredakteur",
			"chefredakteurin", "korrespondent", "korrespondentin", "reporterin", "journalistin", "kolumnist",
			"kolumnistin", "fotograf", "fotografin", "rédacteur", "rédactrice", "correspondant", "correspondante",
			"redactor", "redactora", "corresponsal", "periodista", "rechtsanwalt", "rechtsanwältin", "anwalt",
			"anwältin", "fachanwalt", "fachanwältin", "attorney", "lawyer", "avocat", "avocate", "abogado", "abogada",
			"avvocato", "avvocata");

	/** An upper-case abbreviation of two to four letters ("AP", "AFP", "JF"): an agency or publication code. */
	static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,4}");

	/** Words of sharing/navigation widgets that end up in bylines and author fields. */
	static final Set<String> AUTHOR_UI_WORDS = Set.of("share", "email", "e-mail", "print", "follow", "facebook",
			"twitter", "linkedin", "whatsapp", "tweet", "pinterest", "reddit", "comments", "comment", "subscribe",
			"more", "view", "profile", "bio", "contact", "author", "authors", "staff", "admin", "read more",
			"see all", "close", "menu", "home", "copy link", "link", "published", "updated", "veröffentlicht",
			"aktualisiert", "login", "log in", "sign in", "register", "anmelden", "registrieren", "gast", "guest",
			"text", "texte", "interview", "foto", "fotos", "photo", "photos", "articles", "posts", "stories", "all", "see", "read",
			// Labels of advertisements a forum or feed sets where a post's author goes ("von Gesponserte Inhalte").
			"sponsored", "sponsored content", "gesponsert", "gesponserte inhalte", "anzeige", "werbung",
			"advertisement", "publicité", "publicidad",
			// Placeholders a CMS fills in when the account has no name.
			"publisher", "editor", "anonymous", "anonym", "anonyme", "anónimo", "anonimo");

	/**
	 * A byline label: "By ", "Von ", "Par ", "Af " (Danish), "Posted by ", "Text von ", "Autor: ", "Autor/in: ",
	 * "Auteur : ", "Redaktion: ", "Interview: " (the interviewer writes the piece), "Text & Fotos: ", "Eine Kolumne
	 * von ", "Pressemitteilung von ", "Autoren " (a plural label needs no colon: "Autoren Jane Doe und John Roe"),
	 * Chinese "作者：", "记者：", "责任编辑：" (the editor in charge signs news agency copy; the full-width colon needs no
	 * space). Words that may start a sentence ("Von", "Par", "Por") only count before capitalised names, which the
	 * readers check.
	 */
	static final Pattern BYLINE_LABEL = Pattern.compile("^(?:(?:(?:written|posted|reported|text|texte|words|story|article|"
			+ "analysis|opinion|commentary|"
			+ "beitrag|blog beitrag|ein beitrag|artikel|ein artikel|eine kolumne|ein kommentar|ein gastbeitrag|"
			+ "pressemitteilung|eine pressemitteilung|"
			+ "ein gastkommentar|ein interview|eine analyse|eine reportage|ein essay|erstellt|gespeichert|"
			+ "geschrieben|verfasst|"
			+ "eingestellt|veröffentlicht|publié|rédigé|écrit|escrito|publicado|scritto|pubblicato)\\s+)?"
			+ "(?:by|von|vom|par|por|door|av|af|di|от|autoren)(?:\\s*:\\s*|\\s+|$)"
			+ "|(?:author|authors|autor|autorin|autoren|autor[/*_:]in(?:nen)?|auteur|auteurs|autore|autori|text|"
			+ "texte|redaktion|redakteur[/*_:]in|redakteur|redakteurin|reporter|verfasser|verfasserin|interview|"
			+ "geschrieben von|written by|posted by|"
			+ "(?:text|texte|words|story)\\s*(?:&|und|and|\\+|/)\\s*(?:fotos?|photos?|bilder?|bild|pictures?)|"
			+ "责任编辑|编辑|作者|记者)"
			+ "(?:\\(s\\))?(?:\\s*:(?:\\s+|$)|\\s*：\\s*))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A blog post's meta line naming categories before the author: "Posted in News by janedoe on May 3". */
	static final Pattern POSTED_IN = Pattern.compile("^(?:posted|filed)\\s+(?:in|under)\\s",
			Pattern.CASE_INSENSITIVE);

	/** An account's login: one lower-case word, digits, dots, dashes or underscores allowed. */
	static final Pattern LOGIN = Pattern.compile("\\p{Ll}[\\p{Ll}\\p{N}._-]+");

	/** Labels of a name/value pair that names the author ("Written by", "Verfasst von", "Écrit par"). */
	static final Pattern AUTHOR_LABEL = Pattern.compile("(?:written|posted|geschrieben|verfasst|erstellt|écrit|"
			+ "rédigé|publié|escrito|scritto|publicado)\\s+(?:by|von|par|por|da|di)|authors?|autor(?:in|en)?|"
			+ "auteurs?|autore|autori|verfasser(?:in)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The whole text of an element between two author links: ", ", " & ", " and ", " y ", or nothing. */
	static final Pattern AUTHOR_LINK_SEPARATOR = Pattern.compile("[\\s,;/&]*(?:and|und|y|e|et|и|ve)?[\\s,;/&]*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Separators between several authors in one string, the two sides of a conversation among them ("Jane Doe im
	 * Gespräch mit John Roe": a radio interview is credited to both). A slash before a closing lower-case code is
	 * no separator: "det/dpa", "Acme Radio/ls" credit a desk or an agency with its editor's code, as one line; so is
	 * one after an agency's upper-case code ("AFP/The Local": the agency's copy as the site ran it).
	 */
	static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s+(?:and|und|&|et|и|ve|im gespräch mit|"
			+ "in conversation with)\\s+|\\s*[,;]\\s*"
			+ "|(?<!(?<!\\p{L})(?-i:\\p{Lu}{2,5}))\\s*/(?!(?-i:\\p{Ll}{2,4})\\s*$)\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Trailing roles, timestamps or social handles glued to a name: "Jane Doe, Reporter", "Jane Doe Updated: 3 hours
	 * ago", "AFP publié le …", "Jane Doe vor 5 Stunden" (also "prije", "pre", "před", "pred": "ago" in Croatian,
	 * Serbian, Czech, Slovak), "Jane Doe Veröffentlicht", "Jane Doe Stand: 3. Mai", "Jane Doe @janedoe", a dangling
	 * "Jane Doe -", the link to the author's page ("Jane Doe Alle Artikel", "Jane Doe All posts").
	 */
	static final Pattern AUTHOR_TRAILER = Pattern.compile("\\s+(?:updated|published|posted|veröffentlicht"
			+ "|aktualisiert|publié|mis à jour)(?:[\\s:].*)?$|^mis à jour\\b.*$|(?:^|\\s+)stand:.*$|\\s+-$"
			+ "|\\s+(?:alle artikel|all posts|all articles|more posts)\\b.*$"
			// Date prepositions only in lower case or before a number: "Loïc Le Clerc" keeps its "Le".
			+ "|\\s+(?-i:on|am|um|le|el|il|op)\\s.*$"
			+ "|\\s+(?:on|am|um|le|el|il|op|vor|hace|há|prije|pre|před|pred)\\s+\\d.*$"
			+ "|\\s+@\\w+$"
			+ "|(?:^|\\s+)\\d.*$|\\s*[|•·(—–].*$|\\s+-\\s+.*$", Pattern.CASE_INSENSITIVE);

	/**
	 * What follows the names in a byline block: "Jane Doe | 3. Mai 2020 | 2 Kommentare", an agency or desk code
	 * in lower case ("Von Jane Doe, dpa"), or an agency's upper-case code after a capitalised name and a slash
	 * ("Jane Doe/SP-X", the agency credit), which names no person.
	 */
	static final Pattern BYLINE_TAIL = Pattern.compile("\\s*[|•·]\\s.*$|\\s*[|•·]$|,\\s*\\p{Ll}+(?:/\\p{Ll}+)?\\s*$"
			+ "|(?<=\\p{Lu}\\p{Ll}{1,30})\\s*/\\s*\\p{Lu}[\\p{Lu}-]*\\p{Lu}\\s*$");

	/**
	 * Separator punctuation a byline line may start with ("| By Jane Doe", "– Redaktion: Jane Doe"), and the
	 * spaces around it: those of the regex class {@code \\s}, and the no-break space.
	 */
	static final String LEADING_SEPARATORS = " \t\n\u000B\f\r\u00A0|•·-–—";

	/** Words in lower case joined by hyphens or underscores, no spaces: a URL slug, a package name. */
	private static final String SLUG_PATTERN = "[\\p{Ll}\\p{N}]+(?:[-_][\\p{Ll}\\p{N}]+){2,}";

	/**
	 * A metadata title that is no headline: the host name ("example.org" in DC.title) or a URL slug
	 * ("ferry-line-opens-2024" in og:title), which CMSs fill in when the editor left the field empty. Written in
	 * lower case, as machines write them; "Acme.com" is the site's name, which {@link HeadlineChooser} weighs.
	 */
	static final Pattern TITLE_PLACEHOLDER = Pattern.compile("(?:[\\p{Ll}\\p{N}-]+\\.)+[a-z]{2,6}|"
			+ SLUG_PATTERN);

	/**
	 * A {@code <title>} that is no headline: a slug, or a script application's package name, which its page
	 * template shows until the script sets the title ("news-app-frontend"). A host name there is the site's name.
	 */
	static final Pattern SLUG_TITLE = Pattern.compile(SLUG_PATTERN);

	/**
	 * A wiki's page path as its {@code <title>} ("BeginnersGuide/Download"): names joined by slashes without spaces,
	 * one a CamelCase WikiWord. The page's content heads itself with the readable title. "AC/DC" is a name.
	 */
	static final Pattern WIKI_PAGE_PATH = Pattern.compile("(?=\\S*\\p{Lu}\\p{Ll}+\\p{Lu})"
			+ "[\\p{L}\\p{N}_.-]+(?:/[\\p{L}\\p{N}_.-]+)+");

	/** A heading a script replaces once it has loaded the page ("Loading…", "Bitte warten"). */
	static final Pattern LOADING_TEXT = Pattern.compile("(?:loading|please wait|bitte warten|wird geladen|lädt|"
			+ "chargement|cargando|caricamento)\\s*(?:\\.{3}|…)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Separators between a page title and the section or site name it carries; Chinese and Japanese titles set them
	 * without spaces ("标题-新华网", "見出し｜サイト名").
	 */
	static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«›‹/]{1,2}\\s+|\\s+::\\s+"
			+ "|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}！？。」])[-_|｜]"
			+ "(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");

	/** A separator ending a title, nothing after it ("Example Rail -"): the template left one part of it empty. */
	static final Pattern DANGLING_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«›‹/]{1,2}$");

	/** Separators around a known site name, which may also be a colon ("Site: Headline"). */
	static final Pattern SITE_NAME_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«/:]{1,2}\\s+|\\s+::\\s+|:\\s+");

	/** A web address inside a longer text ("Acme News (www.acme.com)", "acme.de-Redaktion"). */
	static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S|\\b[\\w-]+\\.(?:" + TOP_LEVEL_DOMAINS
			+ ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	/** The scheme, "www." and domain ending around a site name given as its address ("www.AcmeNews.com"). */
	static final Pattern WEB_ADDRESS_PARTS = Pattern.compile("^(?:https?://)?(?:www\\.)?|\\.(?:" + TOP_LEVEL_DOMAINS
			+ ")$", Pattern.CASE_INSENSITIVE);

	/** URLs, e-mail addresses and domain names ("example.de"), which sites put where a name belongs. */
	static final Pattern URL_LIKE = Pattern.compile("^(?:https?:|www\\.|/)|\\.(?:com|org|net)\\b|@|\\w\\.[a-z]{2,3}$",
			Pattern.CASE_INSENSITIVE);

	/** A date in a URL path: /2019/11/18/ or /2019-11-18/. */
	static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|_|\\.|$)");

	/**
	 * A day-first or month-first date in a URL: /meldungen/29-10-2021 or /news-10.29.2021.html; read only where one
	 * field cannot be a month, or both are equal.
	 */
	static final Pattern URL_DAY_MONTH_DATE = Pattern
		.compile("[/_-](\\d{1,2})([-_.])(\\d{1,2})\\2((?:19|20)\\d{2})(?=[/_.-]|$)");

	/** A compact date in a URL: /20190331/ or article-20190331.html. */
	static final Pattern URL_COMPACT_DATE = Pattern
		.compile("[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

	/** An attribute value that starts with an ISO date ("2013-04-04T18:52:11+00:00"). */
	static final Pattern ISO_DATE_START = Pattern.compile("(?:19|20)\\d{2}-\\d{2}-\\d{2}");

	/** Attributes scripts read a page's date from. */
	static final List<String> DATE_ATTRIBUTES = List.of("datetime", "data-date-time", "data-datetime", "data-date",
			"data-published", "data-timestamp");

	/** A line giving the time of the visit, as forum software heads each page ("It is currently …"). */
	static final Pattern CURRENT_TIME_LABEL = Pattern.compile(
			"\\s*(?:aktuelle zeit|it is currently|current time|current date|heute ist|today is)\\b",
			Pattern.CASE_INSENSITIVE);

	/** A copyright line, whose year or date says nothing about the article. */
	static final Pattern COPYRIGHT = Pattern.compile("©|&copy;|\\(c\\)|copyright", Pattern.CASE_INSENSITIVE);

	/**
	 * A dateline opening a paragraph, as press releases write it: a numeric or written date, then a dash, colon,
	 * bar or opening quote before the text ("01.02.2022 „Der Arbeitsmarkt …", "3. März 2021 – Berlin …"); the date
	 * may follow a place of one or two capitalised words and stand in parentheses ("Karlsruhe, (12.11.2021).
	 * Traditionell …"). Only the date is read, and only when it (or its place) is the paragraph's first word.
	 */
	static final Pattern LEADING_DATELINE = Pattern.compile("^(?:\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?,\\s?)?\\("
			+ "?(\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s\\p{L}{3,12}\\.?\\s\\d{4})"
			+ "\\)?\\s*[.–—|:„“\"«-]");

	/** A shown date labelled as a later change rather than the publication. */
	static final Pattern UPDATE_LABEL = Pattern.compile("(?iU)\\b(?:updated|modified|aktualisiert|geändert|stand"
			+ "|mis à jour|modifié|actualizado|aggiornato)\\b");

	/**
	 * Class words of an embedded social post's markup ({@code blockquote.instagram-media}, {@code
	 * blockquote.twitter-tweet}, {@code blockquote.tiktok-embed}, Facebook's {@code fb-xfbml-parse-ignore}): the
	 * fallback shown before the script loads carries the post's own date, not the article's.
	 */
	static final List<String> SOCIAL_EMBED_WORDS = List.of("instagram", "tweet", "tiktok", "xfbml");

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

	/**
	 * The commonest short words of the languages news pages are written in most (articles, pronouns, prepositions,
	 * conjunctions, auxiliaries), by ISO 639-1 code: a fifth and more of any running text in the language, few of
	 * another's.
	 */
	static final Map<String, String> FUNCTION_WORDS = Map.of(
			"en", "the a an and of to in is that for with was are this from have has not but they their will would "
					+ "which who been were had its it on at by he she we you be as or",
			"de", "der die und das ist nicht mit den von zu auf für sich dem des ein eine einer eines einem auch es "
					+ "wird werden wurde sind hat haben bei nach aus wie über noch nur oder aber sie er wir ich im vom "
					+ "zum zur dass kann um durch als wenn",
			"fr", "le la les des et est une un du dans pour que qui sur pas au aux avec par ce cette il elle sont ont "
					+ "plus mais ou son sa ses leur été être nous vous ne se en de",
			"es", "el los las del y que en por con para una es se al lo como más pero sus su fue ha este esta son "
					+ "también muy sin sobre ya entre cuando desde la de",
			"it", "il di che e la le per un una non con del della dei delle nel nella è sono si al alla anche come più "
					+ "ma ha questo questa gli lo da dal degli essere",
			"pt", "o os as do da dos das e que em no na nos nas um uma para com não por mais se ao é foi são como mas "
					+ "seu sua também pelo pela de",
			"nl", "de het een en van in is dat op te met voor niet zijn die aan er om ook als bij door maar naar dan "
					+ "wordt werd nog wel worden heeft hebben deze uit over");

	static final String JSON_LD = "script[type=application/ld+json]";

	private MetadataRules() {
	}

}
