/**
 * Writes enriched articles to the articles index, keyed by article id so a redelivered record overwrites
 * instead of duplicating. The index is created from the versioned mapping in {@code index/} behind an alias.
 */
package news.search.index;
