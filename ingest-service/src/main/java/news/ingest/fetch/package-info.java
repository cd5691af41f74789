/**
 * Gets a page over HTTP with bounded time, redirects and size, and says plainly why when it cannot: takes a URL,
 * gives a {@link news.ingest.fetch.FetchedPage} or throws {@link news.ingest.fetch.FetchFailedException}.
 */
package news.ingest.fetch;
