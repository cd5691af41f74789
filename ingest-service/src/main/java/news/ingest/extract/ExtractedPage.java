package news.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ArticleExtractor} found on a page. Absent metadata is {@code null} (authors: empty); the body is
 * plain text, one paragraph per block separated by a blank line, and empty when no article text was found.
 *
 * @param published the publication time with the offset the page states (UTC when it states none), so its local
 * date is the page's own day
 * @param status what the page is; only {@link ExtractionStatus#OK} pages are articles
 * @param reason why the status was given, for people reading the status endpoint
 * @param sources where each metadata field came from (title, authors, datePublished, language → json-ld,
 * opengraph, meta, heading, title element, byline, time element, url, text, html lang, detected)
 */
public record ExtractedPage(String title, List<String> authors, OffsetDateTime published, String language,
		String canonicalUrl, String siteName, String body, ExtractionStatus status, String reason,
		Map<String, String> sources) {

	public ExtractedPage {
		authors = List.copyOf(authors);
		// In the order the fields were resolved, so the same page always gives the same output.
		sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
	}

	/** The publication instant, for events and ordering. */
	public Instant publishedAt() {
		return (this.published != null) ? this.published.toInstant() : null;
	}

	/** The publication day as the page states it. */
	public LocalDate datePublished() {
		return (this.published != null) ? this.published.toLocalDate() : null;
	}

}
