/**
 * {@code /api/stream}: newly indexed articles matching a subscriber's filters, pushed as server-sent events.
 * Takes {@link news.search.index.ArticleIndexed} as a hint that something is new and reads what is new from
 * Elasticsearch by indexing time, so a resumed subscription (Last-Event-ID) replays through the same path as a
 * live one, and articles indexed by another instance reach this one's subscribers too.
 */
package news.search.stream;
