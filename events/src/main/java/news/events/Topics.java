package news.events;

/**
 * Kafka topic names. Versioned so an incompatible contract gets a new topic; each has a {@code -dlt} twin
 * for records that cannot be processed.
 */
public final class Topics {

	/** {@link ArticleSubmitted}: the ingest work queue, so an accepted URL survives a crash before its fetch. */
	public static final String SUBMISSIONS = "news.submissions.v1";

	/** {@link ArticleExtracted}, keyed by article id. */
	public static final String RAW = "news.articles.raw.v1";

	/** {@link ArticleEnriched}, keyed by article id: the public output of the pipeline. */
	public static final String ENRICHED = "news.articles.enriched.v1";

	/** {@link ArticleStatusChanged}, keyed by article id. */
	public static final String STATUS = "news.article-status.v1";

	public static final String DLT_SUFFIX = "-dlt";

	private Topics() {
	}
}
