package news.events;

/** An article was fetched and extracted: the payload of the raw topic. */
public record ArticleExtracted(int schemaVersion, Article article) {

	public static final int SCHEMA_VERSION = 1;

	public ArticleExtracted {
		if (article == null) {
			throw new InvalidEventException("ArticleExtracted without an article");
		}
	}

	public ArticleExtracted(Article article) {
		this(SCHEMA_VERSION, article);
	}
}
