/**
 * Works off the submissions topic: for each {@link news.events.ArticleSubmitted} it fetches the page, extracts the
 * article and publishes {@link news.events.ArticleExtracted} to the raw topic, with the outcome of each step on
 * the status topic.
 */
package news.ingest.publish;
