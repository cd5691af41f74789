/**
 * HTTP API: takes {@code {"url": …}} (or a batch), validates and normalises the URL, derives the article id and
 * queues an {@link news.events.ArticleSubmitted} event. Answers 202 with the id and a status link, or 400 with
 * an RFC 9457 problem body.
 */
package news.ingest.api;
