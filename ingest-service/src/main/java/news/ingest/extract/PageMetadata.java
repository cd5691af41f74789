package news.ingest.extract;

import java.time.Instant;
import java.util.List;

/** The metadata half of an {@link ExtractedPage}; language is null when the page declares none. */
record PageMetadata(String title, List<String> authors, Instant publishedAt, String language, String canonicalUrl,
		String siteName) {

}
