package news.ingest.extract;

/**
 * What the untouched page says about itself before the body is cut out: paywall and consent markers, an
 * application shell, and how many linked teaser headings it lists.
 *
 * @param paywallDeclared JSON-LD says {@code isAccessibleForFree: false}
 * @param paywallElement an element whose class/id names a paywall is present
 * @param consentTextChars visible text inside the cookie/consent elements (0: no consent dialog)
 * @param javaScriptShell a {@code <noscript>} asks for JavaScript, or an empty application root is present
 * @param teaserHeadings headings that are links to other pages (teasers of a listing)
 * @param articleDeclared the page calls itself an article ({@code og:type=article}, a JSON-LD article or posting)
 * @param noscriptArticle a {@code <noscript>} holds an article's paragraphs (see {@link PageClassifier#isArticleCopy})
 */
record PageSignals(boolean paywallDeclared, boolean paywallElement, int consentTextChars, boolean javaScriptShell,
		int teaserHeadings, boolean articleDeclared, boolean noscriptArticle) {
}
