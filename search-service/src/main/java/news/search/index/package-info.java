/**
 * Writes enriched articles to the articles index, keyed by article id so a redelivered record overwrites
 * instead of duplicating, and an older revision of an article never replaces a newer one. The index is created
 * from the versioned mapping in {@code index/} behind an alias; {@code ./news reindex} moves the alias to a new
 * index without downtime.
 */
package news.search.index;
