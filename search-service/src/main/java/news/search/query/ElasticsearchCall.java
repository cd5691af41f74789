package news.search.query;

/**
 * A search request as it goes to Elasticsearch (a JSON POST): what search-service sends for an API search, and
 * what {@code ./news bench-search} sends straight to Elasticsearch to measure the API's overhead on the same bytes.
 *
 * @param path the endpoint, e.g. {@code /news-articles/_search}
 */
public record ElasticsearchCall(String path, String body) {
}
