package news.ingest.extract;

/**
 * What the untouched page says about itself before the body is cut out: paywall and consent markers, an
 * application shell, and how many linked teaser headings it lists.
 *
 * @param paywallDeclared JSON-LD says {@code isAccessibleForFree: false}
 * @param paywallMarker a paywall element or "subscribe to read" text is present
 * @param consentMarker a cookie/consent dialog is present
 * @param javaScriptShell a {@code <noscript>} asks for JavaScript, or an empty application root is present
 * @param teaserHeadings headings that are links to other pages (teasers of a listing)
 * @param pageTextChars visible text of the whole page
 */
record PageSignals(boolean paywallDeclared, boolean paywallMarker, boolean consentMarker, boolean javaScriptShell,
		int teaserHeadings, int pageTextChars) {

}
