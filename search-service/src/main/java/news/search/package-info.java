/**
 * search-service, in pipeline order: {@code index} takes {@link news.events.ArticleEnriched} off the enriched
 * topic into Elasticsearch; {@code status} keeps each article's progress from the status topic; {@code query}
 * builds searches; {@code stream} pushes newly indexed matching articles to subscribers; {@code api} serves them
 * over HTTP. See docs/SEARCH.md.
 */
package news.search;
