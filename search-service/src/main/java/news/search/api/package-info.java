/**
 * The read-only HTTP API: search (filters, facets, date histogram, cursor paging, figure search), an article by
 * id, articles like it, an article's pipeline status and the stream of newly indexed articles (server-sent
 * events). Errors are RFC 9457 problem bodies ({@code ProblemHandler}); limits on page size, depth, query length
 * and filter values answer 400 rather than straining Elasticsearch. The page and {@code openapi.yaml} are static
 * resources.
 */
package news.search.api;
