package news.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Vocabularies and selectors that tell article text from page furniture. Class and id values are split into words
 * ({@code "related-posts"}, {@code "shareBar"} → related, posts / share, bar) and matched whole or by prefix, so
 * {@code "article-header-title"} or {@code "content-sidebar-wrapper"} are judged word by word, not by substring.
 */
final class ExtractionRules {

	/**
	 * Never article text: code, media, form controls, and ruby readings ({@code <rt>}, {@code <rp>}: the small
	 * pronunciation guide over Japanese and Chinese words, which would otherwise run into the words themselves).
	 */
	static final Set<String> REMOVED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
			"object", "embed", "video", "audio", "button", "select", "input", "textarea", "label", "dialog", "map",
			"figcaption", "link", "meta", "head", "rt", "rp");

	/** Invisible without JavaScript, so not what a reader sees. */
	/** Selectors several steps use, parsed once: jsoup parses a selector string on every call. */
	static final Evaluator LINK = QueryParser.parse("a[href]");

	static final Evaluator H1 = QueryParser.parse("h1");

	static final Evaluator H1_OR_H2 = QueryParser.parse("h1, h2");

	static final String HIDDEN = "[hidden], [aria-hidden=true]";

	/** ... and so is an element with one of these inline styles. */
	static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display:\\s*none|visibility:\\s*hidden");

	/** Page furniture by element name; dropped unless they hold the marked-up article body. */
	static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");

	/** Elements that are furniture only when they carry little prose (a header may hold the standfirst). */
	static final Set<String> WEAK_FURNITURE_TAGS = Set.of("header", "form");

	/** ARIA landmark roles of page furniture. */
	static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
			"search", "menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist");

	/** Class/id words that mark furniture wherever they appear. */
	static final Set<String> FURNITURE_WORDS = Set.of("nav", "navi", "menu", "menus", "breadcrumb", "breadcrumbs",
			"related", "recommended", "recommendations", "newsletter", "subscribe", "subscription", "signup", "share",
			"sharing", "shares", "sharebar", "social", "comment", "comments", "commentlist", "disqus", "footer",
			"promoted", "advert", "advertisement", "adsbygoogle", "adslot", "advertising", "sponsor", "sponsored",
			"cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay", "taglist", "outbrain", "taboola",
			"login", "mostread", "pagination", "pager", "masthead", "topbar", "toolbar", "widgets", "reactions",
			"donate", "promobox", "newsletters", "readmore",
			// A call to action: the appeal for gifts, the lead form or the letters prompt set under an article.
			"cta");

	/** Prefixes of run-together furniture words ("sharetools", "relatedposts", "socialicons"). */
	static final List<String> FURNITURE_PREFIXES = List.of("share", "social", "related", "newsletter", "breadcrumb",
			"advert", "sponsor", "subscri", "recommend", "cookie", "consent", "popup", "promo", "taboola", "outbrain",
			"navbar", "navigation", "menu", "sidebar", "footer", "comments");

	/** Class/id words of furniture that may also name a wrapper around the article; judged by prose length. */
	static final Set<String> WEAK_FURNITURE_WORDS = Set.of("header", "sidebar", "aside", "meta", "byline", "author",
			"authors", "date", "dateline", "timestamp", "time", "caption", "credit", "credits", "info", "tools",
			"utility", "hidden", "top", "bottom", "rail", "right", "left", "secondary", "complementary", "extra",
			"links", "module", "source", "copyright", "disclaimer", "legal", "hide",
			"visually", "sr", "screen",
			// Furniture words that content elements also carry as modifiers ("section--ads", "print-step",
			// "skip-main", WordPress's "tag-garden" on the post itself, "more-text"): judged by prose like the rest.
			"ad", "ads", "promo", "tags", "tag", "keywords", "print", "email", "bio", "trending", "popular",
			"most", "more", "next", "prev", "previous", "skip", "jump", "widget", "banner", "rating", "follow",
			"teaser", "teasers", "see");

	/** Class/id words of a live event before "comment": a ticker's commentary ("live-ticker-comment"). */
	static final Set<String> LIVE_EVENT_WORDS = Set.of("live", "match", "ticker");

	/** Class/id words of components whose "header" is their own title row ("table-header", "card-header"). */
	static final Set<String> HEADED_COMPONENT_WORDS = Set.of("table", "card");

	/**
	 * Class/id words that, next to "author", mark the box presenting the writer under a post ({@code author-bio},
	 * WordPress's {@code entry-author-info}, {@code author-box}): a portrait of any length, never the article.
	 */
	static final Set<String> AUTHOR_BOX_WORDS = Set.of("bio", "biography", "description", "box", "info",
			"information", "about", "profile");

	/** Class/id words of the article text itself; they protect a weak match and raise a candidate's score. */
	static final Set<String> CONTENT_WORDS = Set.of("article", "articles", "body", "content", "contents", "entry",
			"hentry", "main", "post", "text", "blog", "story", "prose", "richtext", "copy", "detail", "abstract");

	/**
	 * Class/id words of a standfirst: the lead paragraph under the headline ("ts-intro", "c-page-intro__copy", a page
	 * hero's "page-hero__text" beside the headline).
	 */
	static final Set<String> STANDFIRST_WORDS = Set.of("lead", "leadin", "intro", "introduction", "standfirst",
			"teaser", "abstract", "summary", "dek", "deck", "excerpt", "subtitle", "subheadline", "subline",
			"description", "perex", "chapo", "chapeau", "entradilla", "bajada", "sommario", "vorspann", "hero");

	/** Blocks that may hold a standfirst in an article header. */
	static final String STANDFIRST_BLOCKS = "p, div, h2, h3, h4, h5, h6";

	/** Explicit article-body markup, trusted when it holds enough text. */
	static final String ARTICLE_BODY = "[itemprop=articleBody]";

	/** Headings linking to another page: teasers of a listing or a "related" block, not article sections. */
	static final String LINKED_HEADINGS = ":is(h2, h3, h4) a[href]:not([href^=#]), a[href]:not([href^=#]) :is(h2, h3, h4)";

	/** Block elements: each one ends the paragraph before it. */
	static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
			"h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "header",
			"footer", "aside", "nav", "form", "fieldset", "address", "hr", "details", "summary", "center", "br");

	static final Set<String> HEADING_TAGS = Set.of("h2", "h3", "h4", "h5", "h6");

	/** Headings below the level an article's or a page's headline takes. */
	static final Set<String> MINOR_HEADING_TAGS = Set.of("h3", "h4", "h5", "h6");

	/** Elements whose text counts as a paragraph when scoring containers. */
	static final String SCORED_PARAGRAPHS = "p, pre, td, blockquote";

	/** The heading of a comment section, with or without its count ("Kommentare", "3 Comments"). */
	private static final String COMMENTS_HEADING =
			"(?:\\d+ )?(?:comments|kommentare|kommentarer|commentaires|comentarios|commenti|komentarze)\\W*";

	/** {@link #COMMENTS_HEADING} as a line of its own. */
	static final Pattern COMMENTS_HEADING_LINE = Pattern.compile(COMMENTS_HEADING,
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Short lines of furniture that survive inside article containers: labels of related links, share and comment
	 * prompts, tag and category lists, credits, in the languages of the pages seen most (English, German, French,
	 * Spanish, Italian, Polish).
	 */
	static final Pattern FURNITURE_LINE = Pattern.compile("^(?:" + String.join("|",
			// An advertising label, alone or opening a sponsor's disclosure ("Anzeige, enthält Affiliate Links").
			"\\W*(?:advert(?:isement)?s?|advertising|anzeige|publicité|werbung)(?:\\s*[,.:|–—-].{0,80})?",
			"share(?: this| on \\w+)?(?: article| story| post)?|tweet|email|print|comments?|read more\\W*",
			"continue reading|read (?:the )?(?:full|next) (?:story|article)|read or share this story\\W.{0,180}"
					+ "|scroll (?:down )?to (?:read|see) more.{0,60}"
					+ "|related(?: articles| stories| posts| news| coverage| content| links| topics)?\\W*",
			// The text an embedded Instagram post shows before its script loads.
			"a post shared by .{1,120}",
			"more(?: (?:from|on) .{0,40})?\\W*|see also|sign up.{0,80}|subscribe.{0,80}|follow us.{0,60}|click here.{0,80}",
			"\\(?(?:photo|image|picture|video|credit|source|foto|bild|titelbild|beitragsbild|quelle)s?:.{0,120}",
			// A gallery's counter under each picture: "Image 3 of 12", "Bild 2 von 8".
			"(?:image|photo|picture|slide|bild|foto)\\s+\\d{1,3}\\s+(?:of|von|de|di|z|/)\\s+\\d{1,3}",
			// A wire's credit alone, and the Associated Press's slug of a story's version ("BC-EU--Vote, 1st Ld-Writethru").
			"(?:the )?associated press|.{0,80}\\bld-writethru",
			"getty images|ap photo.{0,60}|reuters|afp|loading\\W*|text size|font size|skip (?:to )?(?:content|ad).{0,20}",
			"this (?:article|story) (?:was|is|has been) .{0,80}|copyright.{0,120}|©.*|all rights reserved.*|(?:permalink|permalien)(?::? +\\S+)?",
			// Labels introducing links to other pages, and the prompts around an article.
			"(?:also read|read also|you (?:may|might) also like|more stories|recommended for you|don[’']?t miss"
					+ "|explore further)\\W*",
			"(?:lesen sie (?:auch|mehr)|lies auch|auch interessant|mehr zum thema|schon gelesen|zum weiterlesen"
					+ "|weiterführende?r? links?|vorschau auf den nächsten artikel).{0,40}",
			".{0,30}(?:könnte|dürfte) (?:sie|dich|euch) auch interessieren\\W*",
			"(?:à )?lire aussi.{0,80}|voir aussi|sur le même sujet|lee también.{0,80}|te puede interesar.{0,80}",
			"noticias relacionadas|leggi anche.{0,80}|czytaj (?:też|także|również).{0,80}|zobacz (?:też|także).{0,80}",
			"(?:seite|artikel|beitrag) teilen|partager(?: cet article)?|compartir|condividi",
			"(?:möchten sie|willst du) (?:den|diesen) (?:artikel|beitrag) teilen\\W*",
			"(?:war|ist) (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\\W*|was this (?:article|page) helpful\\W*",
			"(?:tags|tagged|filed under|categories|category|topics|themen|schlagwörter|kategorien?|etiquetas)(?::.{0,80}|\\W*)"
					+ "|(?:tagged with|getaggt mit|verschlagwortet mit) .{1,80}",
			"table of contents|inhaltsverzeichnis|about the author|über (?:den|die) autor(?:in)?",
			"(?:noch )?(?:no|keine) (?:comments|kommentare).{0,80}|kommentare? schreiben|leave a (?:comment|reply)",
			// The comment section's heading, count and form: "3 Kommentare", "Kommentarfunktion", "Post your comment".
			COMMENTS_HEADING + "|kommentarfunktion|kommentar (?:erstellen|verfassen)|(?:post|write|add) (?:a |your )?comment",
			"what do you think\\W*|was denkst du\\W*|was meinen sie\\W*|\\(?noch keine bewertungen\\)?",
			"externer inhalt|(?:zuletzt )?aktualisiert(?: am)?:? \\d.{0,30}",
			// Numbers counting from one: a pager, a rating scale, the line numbers beside a code listing.
			"1\\s+2\\s+3(?:\\s+\\d{1,4})*",
			// A post's details as labelled fields in a row: "Views: 1120 | Added by: Jane | Rating: 4.5/5".
			"(?:[^|:]{1,30}:[^|]{0,60}\\|\\s*){2,}[^|:]{1,30}:[^|]{0,60}",
			"(?:kommentare?|comments?)(?: insgesamt| total)?:? *\\d+|.{0,40}\\bals pdf (?:herunterladen|downloaden)",
			"(?:download|save) (?:(?:this|the) (?:article|page|story|post) )?as (?:a )?pdf",
			// The contact block under a press release: its labels and labelled numbers ("Telefon: +49 40 300").
			"(?:(?:presse|medien|media |press )?(?:kontakt|contact|ansprechpartner(?:in)?|rückfragen)"
					+ "|weitere informationen|zusatzinformationen|(?:more|further) information|release date)\\s*:",
			"(?:tel(?:efon)?|phone|fax|mobil|mobile)\\.?\\s*:?\\s*\\+?\\d[\\d ()/.–-]{4,}") + ")$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Notices about the text rather than text: its licence ("Dieser Text wurde veröffentlicht unter der Lizenz
	 * CC-BY-NC-ND") and the disclaimer that it is the author's opinion. Searched in short paragraphs only.
	 */
	static final CuedPattern TEXT_NOTICE = CuedPattern.of(String.join("|",
			"\\b(?:lizenz|license|licence|licencia|licenza)\\b.{0,40}\\bCC[- ]BY\\b|\\b(?:unter|under|sous) (?:der |the |la )?CC[- ]BY\\b",
			"\\bmeinung (?:des|der) (?:autors|autorin|verfasser\\w*) wieder\\b",
			"\\b(?:reflects?|represents?) (?:only )?the (?:personal )?(?:views?|opinions?) of the author",
			"\\bdo(?:es)? not (?:necessarily )?reflect the (?:views?|opinions?) of\\b",
			// The disclaimer under listings and figures: "(Alle Angaben ohne Gewähr)".
			"\\bangaben ohne gewähr\\b",
			// The publisher's reservation of rights: "This page is subject to copyright. No part may be reproduced …".
			"\\bsubject to copyright\\b|\\bno part (?:of this [\\w ]{1,30})?may be reproduced\\b",
			// How to cite the text, with its address: "Suggested citation: Doe, Jane: Title, Blog, 2020/4/09, https://…".
			"^(?:suggested )?(?:citation|cite (?:this \\w+|as)|zitiervorschlag|zitierweise)\\b.{0,240}\\bhttps?://"),
			"cc-by", "cc by", "meinung", "of the author", "reflect the", "angaben ohne gewähr", "subject to copyright",
			"may be reproduced", "citation", "cite ", "zitiervorschlag", "zitierweise");

	/**
	 * The line a blog theme writes under a post: when it was posted and where it is filed ("Erstellt am … und
	 * abgelegt unter Linux, Tutorials", "Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt", "This
	 * entry was posted on … and is filed under …"), also as labelled fields ("05/10/2018 - Publicado por: Jane Doe -
	 * Categoria: Saúde - Tags: …"). Searched in short paragraphs only.
	 */
	static final CuedPattern POST_FILING = CuedPattern.of(
			"\\b(?:abgelegt unter|filed under)\\b|\\bveröffentlicht und wurde unter\\b"
					+ "|\\b(?:posted by|published by|publicad[oa] por|publié par|pubblicato da|veröffentlicht von)\\W.{1,80}?"
					+ "\\b(?:categor(?:y|ies|ia|ias|ía|ías|ie)|catégories?|kategorien?)\\s*:",
			"abgelegt unter", "filed under", "veröffentlicht und wurde unter", "posted by", "published by",
			"publicado por", "publicada por", "publié par", "pubblicato da", "veröffentlicht von");

	/** The end of a cut-off excerpt: "… para …", "[…]", "(...)", "… »". */
	static final Pattern ELLIPSIS_END = Pattern.compile("(?:\\.{3}|…)[\\s\\])»›→]*$");

	/** The link under a cut-off excerpt, in the languages of the pages seen most. */
	static final Pattern READ_MORE = Pattern.compile("\\W*(?:read (?:more|the rest|full (?:story|article|post))"
			+ "|continue reading|more|weiterlesen|mehr(?: lesen)?|lire (?:la suite|plus)|leia mais|continue lendo|"
			+ "leer más|seguir leyendo|continua a leggere|leggi (?:tutto|di più)|czytaj dalej|lees verder|meer lezen|"
			+ "läs mer|les mer|læs mere|lue lisää|devamını oku|подробнее|читать далее)\\W*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * A line that is only a web or mail address: "www.example.org", "https://example.org/form", "info@example.org",
	 * also as a numbered reference under the text ("[1] https://example.org/study").
	 */
	static final Pattern ADDRESS_LINE = Pattern.compile(
			"(?:\\[\\d{1,3}\\]\\s*)?(?:(?:https?://|www\\.)[^\\s]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The site promoting its own channels to the reader: its newsletter, its apps, its social accounts, support for
	 * its work ("Never miss the latest news by signing up to our newsletter", "Follow The Gleaner on Twitter").
	 * Searched in short paragraphs only: an article may well report on someone else's newsletter or app.
	 */
	static final CuedPattern SELF_PROMOTION = CuedPattern.of(String.join("|",
			"\\b(?:our|unseren?|unserem|notre|nos|nuestro|nuestra|nuestros|il nostro|la nostra|nasz[a-z]*) (?:\\w+ )?newsletter",
			// "Sign up for The Daily Brief to get the free newsletter": the site's own, named by its brand.
			"\\bsign(?:ing)? up (?:for|to) .{1,60}\\bnewsletter",
			// "Nichts Neues verpassen! - Newsletter abonnieren", "Hier können Sie sich zum kostenlosen Newsletter
			// anmelden", "Abonnieren Sie jetzt den Example-Newsletter".
			"\\bnewsletter abonnieren\\b|\\bnewsletter-anmeldung\\b|\\bzum (?:\\p{L}+ ){0,2}newsletter (?:[\\p{L}-]+ ){0,3}an(?:zu)?melden\\b"
					+ "|\\babonnieren sie (?:jetzt |hier )?(?:den|unseren) .{0,40}newsletter",
			// "Download the NHS app and register" reports on an app; the site's own is "our app" or "… apps for iOS".
			"\\b(?:download|get) (?:our [\\w ]{0,30}\\bapps?\\b|the [\\w ]{0,30}\\bapps? for (?:ios|android|iphone))",
			"\\bfollow (?:us|[@\\w ]{1,30}) on (?:twitter|facebook|instagram|linkedin)",
			"\\b(?:support|supporting|unterstützen sie|unterstütze) (?:our|unsere) (?:work|journalism|arbeit|journalismus)",
			// Appeals to like, fund or join the site: "Gefällt dir unser Magazin?", "Help us continue to …",
			// "Wesprzyj nas darowizną", "Zapraszamy do subskrypcji", "Hazte miembro", "Apóyanos".
			"\\b(?:gefällt|gefallen) (?:dir|ihnen|euch) unser|\\bhelp us (?:continue|keep)\\b|\\bwesprzyj nas\\b",
			"\\bapóyanos\\b|\\bapoya (?:el|nuestro) periodismo\\b",
			"\\bzapraszamy (?:też )?do subskrypcji\\b|\\bhazte (?:miembro|socio)\\b",
			// A line opening with the site's messenger channel: "Join the Acme Courier WhatsApp community!"; "parents
			// were asked to join the school's WhatsApp group" inside a sentence reports on one.
			"^join (?:our|the) .{0,60}\\b(?:whatsapp|telegram)\\b|^join our\\b"),
			// The apps are cued by the words before them: "app" is in "happen", "approach" and many more.
			"newsletter", "download", "get our", "get the", "follow", "support", "unterstütze", "gefällt", "gefallen",
			"help us", "wesprzyj nas", "zapraszamy", "hazte", "join", "apóyanos", "apoya");

	/**
	 * Notices about the site's machinery rather than text: its cookies ("Our website uses cookies …", "By continuing
	 * your browsing … you agree to the use of cookies") and its comment form ("Um einen Kommentar zu hinterlassen,
	 * loggen Sie sich bitte ein", "You must be logged in to post a comment"). Searched in short paragraphs only: an
	 * article may report on cookies.
	 */
	static final CuedPattern SITE_NOTICE = CuedPattern.of(String.join("|",
			"\\b(?:this|our) (?:web)?site uses cookies\\b|\\bagree to (?:the|our) use of cookies\\b"
					+ "|\\b(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt) cookies\\b|\\bce site utilise des cookies\\b"
					+ "|\\bkorzystamy z (?:plików )?cookies\\b",
			"\\bum (?:\\p{L}+ ){0,2}kommentare? (?:zu )?(?:hinterlassen|verfassen|schreiben|abgeben)\\b",
			"\\b(?:logged in|log in|sign in|signed in|registered) to (?:post|leave|write|add) (?:a )?comments?\\b"),
			"cookies", "kommentar", "comment");

	/** What follows an author's name in a note about them: "… is a reporter", "… ist Redakteurin", "… writes". */
	static final Pattern AUTHOR_NOTE = Pattern.compile("(?:is|was|ist|war|est|es|è|writes|schreibt|covers)\\b",
			Pattern.UNICODE_CASE);

	/** News and photo agencies named in credits. */
	private static final String PHOTO_AGENCY = "afp|ap|apa|dpa|epa|epd|kna|pap|sda|efe|ansa|reuters|imago|getty images"
			+ "|picture alliance|shutterstock|istock|wenn(?:\\.com)?";

	/** A photo credit or caption tail: "(Reuters Photo)", "(AP Photo/Jane Doe)", "Photo: Getty", "Abbildung: …". */
	static final CuedPattern CAPTION_CREDIT = CuedPattern.of(
			"\\((?:[\\w ./-]{0,40} )?(?:photo|file photo|photograph|image|illustration)(?:[ /][^)]{0,60})?\\)\\s*$"
					+ "|^(?:photo|image|picture|credit|abbildung|abb\\.)s?\\s*(?:by|:)"
					// A caption ending in its credit ("… während der Ferien. Foto: Andina", "Marco Odermatt, Ski-Star.
					// © AFP / MARCO BERTORELLO"), or led by the image viewer's button ("Vergrößern Die Kamera …").
					+ "|\\s(?:photo|foto|bild|quelle|fuente)s?:\\s*[^.!?:()]{2,40}$|\\s©\\s*[^©.!?:()]{2,60}$"
					+ "|^(?:vergrößern|bild anzeigen)\\s(?!sie\\b)"
					// An agency credit alone, with the photographer or editor: "PAP/ Rafał Guz", "aja/PAP".
					+ "|^(?:" + PHOTO_AGENCY + ")\\s*/\\s*[\\p{L} .'-]{2,40}$|^[\\p{L} .'-]{2,40}/\\s*(?:" + PHOTO_AGENCY + ")$",
			")", "photo", "image", "picture", "credit", "abb", ":", "©", "vergrößern", "bild anzeigen", "/");

	/** One dated stamp: "November 2, 2023", "Updated: 02.11.2023 14:05", "Publikacja: 04.05.2021", "Jul 29, 2025 - 4:16 pm". */
	private static final String DATE_STAMP = "(?:(?:published|updated|posted|last updated|veröffentlicht|aktualisiert"
			+ "|erstellt|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|ultima modifica|publikacja"
			+ "|aktualizacja)(?: on| am| le| el| il)?:?\\s*)?"
			// A weekday, also in words of other languages before a comma ("Montag,", "segunda-feira,").
			+ "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+|\\p{L}+(?:-\\p{L}+)?,\\s+)?"
			// "3 de março de 2021": Spanish and Portuguese join day, month and year by "de".
			+ "(?:[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+(?:de\\s+)?\\p{L}{3,10}\\.?,?\\s+(?:de\\s+)?\\d{4}"
			+ "|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})"
			+ "(?:,?\\s*(?:-|at|um|à|às|a las|alle)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4}(?:[+-]\\d{1,2})?)?)?";

	/**
	 * A line that is only a dateline, also with the publication and update stamps side by side ("Pubblicato il 19
	 * Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02"). A clock time alone is not one: live blogs head their
	 * entries with it ("4:14 p.m."). The writer's name may follow after a bar ("3. Mai 2021, 14:05 | Jane Doe").
	 */
	static final Pattern DATE_LINE = Pattern.compile("^" + DATE_STAMP + "(?:\\s*[|·,]?\\s*" + DATE_STAMP + ")?"
			+ "(?:\\s*[|·]\\s*\\p{L}[\\p{L} .'-]{1,40})?$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private ExtractionRules() {
	}

}
