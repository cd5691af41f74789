/**
 * The read-only HTTP API: search, an article by id and an article's pipeline status. Errors are RFC 9457
 * problem bodies; limits on page size, depth and query length answer 400 rather than straining Elasticsearch.
 */
package news.search.api;
