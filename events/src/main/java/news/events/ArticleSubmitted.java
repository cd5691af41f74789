package news.events;

import java.time.Instant;

/** A user asked for {@code url} to be ingested; {@code id} is {@link ArticleId#of} the normalised URL. */
public record ArticleSubmitted(int schemaVersion, String id, String url, Instant submittedAt) {

	public static final int SCHEMA_VERSION = 1;

	public ArticleSubmitted(String id, String url, Instant submittedAt) {
		this(SCHEMA_VERSION, id, url, submittedAt);
	}
}
