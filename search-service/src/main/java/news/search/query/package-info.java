/**
 * Turns an {@link news.search.query.ArticleQuery} into one Elasticsearch search (text, filters, facets,
 * highlights, paging) and its response into a {@link news.search.query.SearchResult}.
 */
package news.search.query;
