package news.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Decides a page's {@link ExtractionStatus} from general signals: listing pages (many linked teaser headings,
 * little prose), paywalls (declared in JSON-LD or marked in the page, with a short body), consent walls (a
 * cookie dialog and no article) and JavaScript shells (a {@code <noscript>} plea or an empty app root, no text).
 */
final class PageClassifier {

	/** The decision and a reason a person can read. */
	record Outcome(ExtractionStatus status, String reason) {
	}

	/** Below this many characters a body is a teaser, not a full article. */
	static final int SHORT_BODY_CHARS = 1200;

	/** Below this, a body next to a consent dialog or JavaScript plea is no article at all. */
	static final int NO_ARTICLE_CHARS = 300;

	/** A listing links at least this many teaser headings ... */
	static final int MIN_TEASER_HEADINGS = 6;

	/**
	 * ... and has less article prose than this many characters per teaser, and never more than the maximum
	 * below: articles carry long lists of related teasers too, but also their own text.
	 */
	static final int PROSE_CHARS_PER_TEASER = 50;

	static final int MAX_LISTING_PROSE_CHARS = 600;

	/** A consent dialog holding at least this share of the page's text is a wall, not a banner over an article. */
	static final double CONSENT_WALL_TEXT_SHARE = 0.5;

	private static final Pattern NOT_FREE = Pattern.compile("\"isAccessibleForFree\"\\s*:\\s*\"?false\"?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ARTICLE_TYPE = Pattern.compile(
			"\"@type\"\\s*:\\s*\\[?\\s*\"(?:\\w*Article|\\w*Posting|Report)\"");

	/** A teaser cut off by the paywall ends in an ellipsis. */
	private static final Pattern TRUNCATED_END = Pattern.compile("(?:…|\\.\\.\\.+)\\s*$");

	private static final Pattern JAVASCRIPT_PLEA = Pattern.compile(
			"(enable|activate|turn on|requires?|need|aktivieren|einschalten|activer|activez|habilitar|abilitare)"
					+ ".{0,40}javascript|javascript.{0,40}(enable|required|aktivieren|aktiviert|einschalten|activ|habilit|abilit)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The interstitial of a DDoS shield or bot check (Cloudflare, Project Shield, Sucuri): a script must solve it
	 * before the article is served.
	 */
	private static final Pattern BROWSER_CHECK = Pattern.compile("(?:you will be connected to|redirect(?:ed|ing)"
			+ " to) .{0,80}in (?:just )?a moment|^just a moment\\.\\.\\.|checking (?:if the site connection is "
			+ "secure|your browser)|verify(?:ing)? (?:that )?you are (?:a )?human|ddos protection by|"
			+ "browser check|einen moment bitte|bitte warten sie",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern PAYWALL_TEXT = Pattern.compile("subscribe (now )?to (continue|keep) reading|"
			+ "(already|are you) a subscriber|this (article|content|story) is (only )?(available|reserved) (to|for) "
			+ "(subscribers|members)|subscribers only|exclusive(ly)? for subscribers|jetzt (weiter)?lesen mit|"
			+ "nur für abonnenten|artikel (ist )?(nur )?für abonnenten|réservé aux abonnés|article réservé|"
			+ "solo para suscriptores|riservato agli abbonati", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern CONSENT_TEXT = Pattern.compile("(we|wir) (use|verwenden|nutzen|setzen) "
			+ "(cookies|.{0,30}cookies)|cookie (settings|policy|einstellungen|consent)|accept (all )?cookies|"
			+ "alle akzeptieren|zustimmen und weiter|consent to (the use of|our use of)|nous utilisons des cookies|"
			+ "utilizamos cookies|utilizziamo (i )?cookie|your privacy choices|manage (your )?(cookies|consent)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final List<String> PAYWALL_WORDS = List.of("paywall", "paywalled", "regwall", "metered",
			"subscriberonly", "premiumwall");

	private static final List<String> CONSENT_WORDS = List.of("cookie", "cookies", "consent", "gdpr", "cmp",
			"privacy", "onetrust", "didomi", "usercentrics", "cookiebot", "sourcepoint");

	/** Parsed once: jsoup parses a selector string on every call. */
	private static final IndexedSelector OG_TYPE = IndexedSelector.parse("meta[property=og:type]");

	private static final IndexedSelector JSON_LD = IndexedSelector.parse(MetadataRules.JSON_LD);

	private static final IndexedSelector NOSCRIPT = IndexedSelector.parse("noscript");

	/** A {@code <noscript>} copy of an article has at least these paragraphs and characters. */
	private static final int MIN_COPY_PARAGRAPHS = 2;

	private static final int MIN_COPY_CHARS = 500;

	private static final IndexedSelector APP_ROOTS = IndexedSelector.parse(
			"#root, #app, #__next, #__nuxt, app-root, [ng-app], [data-reactroot]");

	private static final IndexedSelector HEADINGS = IndexedSelector.parse("h2, h3, h4");

	/** The elements that can have class or id words. */
	private static final IndexedSelector CLASSED = IndexedSelector.parse("[class], [id]");

	/** Reads the signals from the untouched page (before boilerplate removal). */
	PageSignals signals(PageElements page) {
		MarkedText marked = new MarkedText(page);
		boolean declared = false;
		boolean article = "article".equalsIgnoreCase(page.select(OG_TYPE).attr("content"));
		for (Element script : page.select(JSON_LD)) {
			declared |= NOT_FREE.matcher(script.data()).find();
			article |= ARTICLE_TYPE.matcher(script.data()).find();
		}
		boolean shell = false;
		boolean noscriptArticle = false;
		for (Element noscript : page.select(NOSCRIPT)) {
			if (JAVASCRIPT_PLEA.matcher(noscript.text() + " " + noscript.data()).find()) {
				shell = true;
			}
			noscriptArticle |= isArticleCopy(noscript);
		}
		for (Element root : page.select(APP_ROOTS)) {
			if (root.text().isBlank()) {
				shell = true;
			}
		}
		int teasers = 0;
		for (Element heading : page.select(HEADINGS)) {
			Element link = heading.selectFirst(ExtractionRules.LINK);
			if (link == null && heading.parent() != null && heading.parent().normalName().equals("a")) {
				link = heading.parent();
			}
			String text = (link != null) ? heading.text() : "";
			if (link != null && link.text().length() >= text.length() / 2 && !text.isBlank()) {
				teasers++;
			}
		}
		return new PageSignals(declared, marked.paywallChars > 0, marked.consentChars, shell, teasers, article,
				noscriptArticle);
	}

	/**
	 * A {@code <noscript>} holding an article's paragraphs, not a tracking pixel or a plea for JavaScript: Blogger's
	 * templates write the post into a script template that JavaScript shows, and a copy here for readers without it.
	 */
	static boolean isArticleCopy(Element noscript) {
		int paragraphs = 0;
		for (Element paragraph : noscript.getElementsByTag("p")) {
			paragraphs += paragraph.hasText() ? 1 : 0;
		}
		return paragraphs >= MIN_COPY_PARAGRAPHS && noscript.text().length() >= MIN_COPY_CHARS
				&& !JAVASCRIPT_PLEA.matcher(noscript.text()).find();
	}

	/** The visible text of a whole page, as the text markers read it. */
	static String visibleText(Document page) {
		return (page.body() != null) ? page.body().text() : "";
	}

	/**
	 * @param untouchedText the {@link #visibleText} of the untouched page, asked for at most once and only when a
	 *     short body leaves the decision to the markers
	 */
	Outcome classify(PageSignals signals, String body, Supplier<String> untouchedText) {
		int chars = (body != null) ? body.length() : 0;
		Supplier<String> pageText = once(untouchedText);
		if (chars == 0) {
			if (signals.javaScriptShell()) {
				return new Outcome(ExtractionStatus.JS_REQUIRED, "no text; the page asks for JavaScript");
			}
			if (hasConsentMarker(signals, pageText)) {
				return new Outcome(ExtractionStatus.CONSENT_WALL, "no text besides a cookie/consent dialog");
			}
			if (signals.teaserHeadings() >= MIN_TEASER_HEADINGS && !signals.articleDeclared()) {
				return new Outcome(ExtractionStatus.NOT_ARTICLE,
						signals.teaserHeadings() + " linked teaser headings and no prose: an index or listing page");
			}
			return new Outcome(ExtractionStatus.EMPTY, "no text found");
		}
		// A banner over an article is no wall: the dialog must be most of what the page shows.
		if (signals.consentTextChars() > 0
				&& (chars < NO_ARTICLE_CHARS || chars < SHORT_BODY_CHARS && CONSENT_TEXT.matcher(body).find())
				&& signals.consentTextChars() >= pageText.get().length() * CONSENT_WALL_TEXT_SHARE
				&& hasConsentMarker(signals, pageText)) {
			return new Outcome(ExtractionStatus.CONSENT_WALL,
					"a cookie/consent dialog and only " + chars + " characters of text");
		}
		if (chars < NO_ARTICLE_CHARS && BROWSER_CHECK.matcher(body).find()) {
			return new Outcome(ExtractionStatus.JS_REQUIRED,
					"only " + chars + " characters of text: a browser check that a script has to pass first");
		}
		if (signals.javaScriptShell() && chars < NO_ARTICLE_CHARS) {
			return new Outcome(ExtractionStatus.JS_REQUIRED,
					"only " + chars + " characters of text; the page is rendered by JavaScript");
		}
		// A declaration is trusted; paywall markup alone is also on free articles, so the text must look cut off.
		if (chars < SHORT_BODY_CHARS && (signals.paywallDeclared()
				|| (TRUNCATED_END.matcher(body).find() || PAYWALL_TEXT.matcher(body).find())
						&& hasPaywallMarker(signals, pageText))) {
			return new Outcome(ExtractionStatus.PAYWALL,
					(signals.paywallDeclared() ? "JSON-LD isAccessibleForFree=false" : "subscription marker")
							+ " and only " + chars + " characters of text");
		}
		// A page calling itself an article with some text of its own is a short article next to many teasers.
		if (signals.teaserHeadings() >= MIN_TEASER_HEADINGS && !signals.articleDeclared()
				&& chars < Math.min(MAX_LISTING_PROSE_CHARS, signals.teaserHeadings() * PROSE_CHARS_PER_TEASER)) {
			return new Outcome(ExtractionStatus.NOT_ARTICLE, signals.teaserHeadings() + " linked teaser headings and "
					+ chars + " characters of prose: an index or listing page");
		}
		return new Outcome(ExtractionStatus.OK, "article text found");
	}

	/**
	 * A paywall element or "subscribe to read" text. The text patterns run over the whole page only when a decision
	 * needs them: their case-insensitive alternatives, tried at every character, cost about 1 ms a page.
	 */
	private static boolean hasPaywallMarker(PageSignals signals, Supplier<String> pageText) {
		return signals.paywallElement() || PAYWALL_TEXT.matcher(pageText.get()).find();
	}

	/** A cookie/consent element is present and the page's text speaks of cookies. */
	private static boolean hasConsentMarker(PageSignals signals, Supplier<String> pageText) {
		return signals.consentTextChars() > 0 && CONSENT_TEXT.matcher(pageText.get()).find();
	}

	private static Supplier<String> once(Supplier<String> text) {
		String[] kept = new String[1];
		return () -> (kept[0] != null) ? kept[0] : (kept[0] = text.get());
	}

	/**
	 * Counts the text inside the elements whose class/id words name a paywall or a cookie banner (0 if none); inside
	 * a marked element (up to the end of its run of the page's elements), no element counts again.
	 */
	private static final class MarkedText {

		private int paywallChars;

		private int consentChars;

		MarkedText(PageElements page) {
			List<Element> elements = page.all();
			int paywallEnd = 0;
			int consentEnd = 0;
			for (int i : page.candidates(CLASSED)) {
				Element element = elements.get(i);
				// As the walk of the page found them, then lower-cased apart, not joined: toLowerCase returns the very
				// string when it is lower case already.
				String classes = page.className(i);
				String id = page.id(i);
				if (classes.isEmpty() && id.isEmpty()) {
					continue;
				}
				classes = classes.toLowerCase(Locale.ROOT);
				id = id.toLowerCase(Locale.ROOT);
				if (i >= paywallEnd && isMarked(element, classes, id, PAYWALL_WORDS)) {
					paywallEnd = page.end(i);
					this.paywallChars += Math.max(1, element.text().length());
				}
				if (i >= consentEnd && isMarked(element, classes, id, CONSENT_WORDS)) {
					consentEnd = page.end(i);
					this.consentChars += Math.max(1, element.text().length());
				}
			}
		}

	}

	private static boolean isMarked(Element element, String classes, String id, List<String> words) {
		// A cheap substring test first: splitting every class into words was a sixth of the extraction time.
		for (String word : words) {
			if (classes.contains(word) || id.contains(word)) {
				return ClassWords.of(element).stream().anyMatch(words::contains);
			}
		}
		return false;
	}

}
