package news.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What {@link ArticleExtractor} found on a page. Absent metadata is {@code null} (authors: empty); the body is
 * plain text, one paragraph per block separated by a blank line, and empty when no article text was found.
 */
public record ExtractedPage(String title, List<String> authors, Instant publishedAt, String language,
		String canonicalUrl, String siteName, String body) {

	public ExtractedPage {
		authors = List.copyOf(authors);
	}

}
