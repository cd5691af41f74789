/**
 * Keeps, per article, the outcome of every stage it reached (from the status topic) and answers what became of
 * it: queued, fetched, extracted, enriched, searchable, or failed and why.
 */
package news.search.status;
