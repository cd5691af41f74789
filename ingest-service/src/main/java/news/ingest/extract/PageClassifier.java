package news.ingest.extract;

import java.util.List;
import java.util.Locale;
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

	private static final Pattern NOT_FREE = Pattern.compile("\"isAccessibleForFree\"\\s*:\\s*\"?false\"?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern JAVASCRIPT_PLEA = Pattern.compile(
			"(enable|activate|turn on|requires?|need|aktivieren|einschalten|activer|activez|habilitar|abilitare)"
					+ ".{0,40}javascript|javascript.{0,40}(enable|required|aktivieren|aktiviert|einschalten|activ|habilit|abilit)",
			Pattern.CASE_INSENSITIVE);

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

	private static final String APP_ROOTS = "#root, #app, #__next, #__nuxt, app-root, [ng-app], [data-reactroot]";

	/** Reads the signals from the untouched page (before boilerplate removal). */
	PageSignals signals(Document page) {
		boolean declared = page.select(MetadataRules.JSON_LD).stream()
			.anyMatch((script) -> NOT_FREE.matcher(script.data()).find());
		String text = page.body() != null ? page.body().text() : "";
		boolean paywallMarker = PAYWALL_TEXT.matcher(text).find() || hasMarkedElement(page, PAYWALL_WORDS);
		boolean consentMarker = hasMarkedElement(page, CONSENT_WORDS) && CONSENT_TEXT.matcher(text).find();
		boolean shell = false;
		for (Element noscript : page.select("noscript")) {
			if (JAVASCRIPT_PLEA.matcher(noscript.text() + " " + noscript.data()).find()) {
				shell = true;
			}
		}
		for (Element root : page.select(APP_ROOTS)) {
			if (root.text().isBlank()) {
				shell = true;
			}
		}
		int teasers = 0;
		for (Element heading : page.select("h2, h3, h4")) {
			Element link = heading.selectFirst("a[href]");
			if (link == null && heading.parent() != null && heading.parent().normalName().equals("a")) {
				link = heading.parent();
			}
			if (link != null && link.text().length() >= heading.text().length() / 2 && !heading.text().isBlank()) {
				teasers++;
			}
		}
		return new PageSignals(declared, paywallMarker, consentMarker, shell, teasers, text.length());
	}

	Outcome classify(PageSignals signals, String body) {
		int chars = (body != null) ? body.length() : 0;
		if (chars == 0) {
			if (signals.javaScriptShell()) {
				return new Outcome(ExtractionStatus.JS_REQUIRED, "no text; the page asks for JavaScript");
			}
			if (signals.consentMarker()) {
				return new Outcome(ExtractionStatus.CONSENT_WALL, "no text besides a cookie/consent dialog");
			}
			if (signals.teaserHeadings() >= MIN_TEASER_HEADINGS) {
				return new Outcome(ExtractionStatus.NOT_ARTICLE,
						signals.teaserHeadings() + " linked teaser headings and no prose: an index or listing page");
			}
			return new Outcome(ExtractionStatus.EMPTY, "no text found");
		}
		if (signals.consentMarker() && (chars < NO_ARTICLE_CHARS || CONSENT_TEXT.matcher(body).find()
				&& chars < SHORT_BODY_CHARS)) {
			return new Outcome(ExtractionStatus.CONSENT_WALL,
					"a cookie/consent dialog and only " + chars + " characters of text");
		}
		if (signals.javaScriptShell() && chars < NO_ARTICLE_CHARS) {
			return new Outcome(ExtractionStatus.JS_REQUIRED,
					"only " + chars + " characters of text; the page is rendered by JavaScript");
		}
		if ((signals.paywallDeclared() || signals.paywallMarker()) && chars < SHORT_BODY_CHARS) {
			return new Outcome(ExtractionStatus.PAYWALL,
					(signals.paywallDeclared() ? "JSON-LD isAccessibleForFree=false" : "subscription marker")
							+ " and only " + chars + " characters of text");
		}
		if (signals.teaserHeadings() >= MIN_TEASER_HEADINGS
				&& chars < Math.min(MAX_LISTING_PROSE_CHARS, signals.teaserHeadings() * PROSE_CHARS_PER_TEASER)) {
			return new Outcome(ExtractionStatus.NOT_ARTICLE, signals.teaserHeadings() + " linked teaser headings and "
					+ chars + " characters of prose: an index or listing page");
		}
		return new Outcome(ExtractionStatus.OK, "article text found");
	}

	/** An element whose class/id words name the marker (paywall, cookie banner). */
	private static boolean hasMarkedElement(Document page, List<String> words) {
		for (Element element : page.select("[class], [id]")) {
			for (String word : ClassWords.of(element)) {
				if (words.contains(word.toLowerCase(Locale.ROOT))) {
					return true;
				}
			}
		}
		return false;
	}

}
