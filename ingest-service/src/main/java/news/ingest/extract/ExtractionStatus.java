package news.ingest.extract;

/** What a page turned out to be; only {@link #OK} pages carry an article worth enriching. */
public enum ExtractionStatus {

	/** An article: its body is the article text. */
	OK,

	/** An index, listing, search or home page: many teasers, little prose of its own. */
	NOT_ARTICLE,

	/** A paywalled article: the body is only the free teaser. */
	PAYWALL,

	/** A cookie or consent dialog stands in for the content. */
	CONSENT_WALL,

	/** The content is rendered by JavaScript; the HTML holds only an application shell. */
	JS_REQUIRED,

	/** No text at all. */
	EMPTY

}
