package news.search.index;

/**
 * An article was written to the index (an in-process Spring application event). It becomes searchable at the
 * next refresh, within a second; {@code news.search.stream} uses it to look for new articles sooner.
 */
public record ArticleIndexed(ArticleDocument document) {
}
