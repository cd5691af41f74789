/**
 * {@code ./news replay}: takes the raw topic from its beginning (or a time) to its end at start, in a consumer
 * group of its own, and runs each record through {@code publish} again, so the articles get this build's
 * enrichment version.
 */
package news.enrich.replay;
