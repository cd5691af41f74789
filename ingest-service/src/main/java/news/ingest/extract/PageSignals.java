package news.ingest.extract;

/**
 * What the untouched page says about itself before the body is cut out: paywall and consent markers, an
 * application shell, and how many linked teaser headings it lists.
 *
 * @param paywallDeclared JSON-LD says {@code isAccessibleForFree: false}
 * @param paywallMarker a paywall element or "subscribe to read" text is present
 * @param consentMarker a cookie/consent dialog is present
 * @param consentTextChars visible text inside the cookie/consent elements
 * @param javaScriptShell a {@code <noscript>} asks for JavaScript, or an empty application root is present
 * @param teaserHeadings headings that are links to other pages (teasers of a listing)
 * @param pageTextChars visible text of the whole page
 * @param articleDeclared the page calls itself an article ({@code og:type=article}, a JSON-LD article or posting)
 */
record PageSignals(boolean paywallDeclared, boolean paywallMarker, boolean consentMarker, int consentTextChars,
		boolean javaScriptShell, int teaserHeadings, int pageTextChars, boolean articleDeclared) {

}
