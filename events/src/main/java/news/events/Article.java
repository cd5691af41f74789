package news.events;

import java.time.Instant;
import java.util.List;

/**
 * An article as extracted from its page: metadata and the body text without the site's navigation.
 *
 * @param id stable id, {@link ArticleId#of} the normalised submitted URL
 * @param url the URL that was submitted
 * @param canonicalUrl the page's own canonical URL when it declares one, else the final fetched URL
 * @param siteName the publisher's name when the page states it
 * @param publishedAt publication time, null when the page does not tell
 * @param language ISO 639-1 code, null when unknown
 * @param body paragraphs separated by a blank line
 */
public record Article(String id, String url, String canonicalUrl, String siteName, String title,
		List<String> authors, Instant publishedAt, String language, String body, Instant fetchedAt) {

	public Article {
		authors = authors == null ? List.of() : List.copyOf(authors);
	}
}
