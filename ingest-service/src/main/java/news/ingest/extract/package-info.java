/**
 * Article extraction: takes the raw bytes of a fetched HTML page and emits an {@link news.ingest.extract.ExtractedPage}
 * (title, authors, publication date, language, canonical URL, site name and the article body as plain text).
 * {@link news.ingest.extract.ArticleExtractor} is the entry point; metadata comes from JSON-LD, then meta tags, then
 * the page itself; the body from a boilerplate-stripped, readability-style scored content container.
 */
package news.ingest.extract;
