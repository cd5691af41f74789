package news.events;

import java.time.Instant;

/**
 * An article reached a stage of the pipeline, or failed at it. Every service publishes these to the status
 * topic, keyed by article id, so the status of an article can be shown whatever became of it.
 *
 * @param reason why it failed or was held back; null when the outcome is OK
 * @param traceId the W3C trace id of the work that reached this stage, so an operator can find its trace and
 * logs; null when no trace was active
 */
public record ArticleStatusChanged(int schemaVersion, String id, String url, Stage stage, Outcome outcome,
		String reason, Instant at, String traceId) {

	public static final int SCHEMA_VERSION = 1;

	public ArticleStatusChanged(String id, String url, Stage stage, Outcome outcome, String reason, Instant at,
			String traceId) {
		this(SCHEMA_VERSION, id, url, stage, outcome, reason, at, traceId);
	}

	/** The stages in pipeline order. */
	public enum Stage {
		SUBMITTED, FETCHED, EXTRACTED, ENRICHED, INDEXED
	}

	public enum Outcome {
		/** The stage succeeded. */
		OK,
		/** The stage failed; {@code reason} says why (DNS, HTTP 404, timeout, not HTML, …). */
		FAILED,
		/** The page was fetched but holds no article text. */
		EMPTY,
		/** An index, listing or home page, not an article. */
		NOT_ARTICLE,
		/** A paywalled article: only its teaser is in the page. */
		PAYWALL,
		/** A cookie or consent dialog stands in for the content. */
		CONSENT_WALL,
		/** The content is rendered by JavaScript; the HTML holds none of it. */
		JS_REQUIRED
	}
}
