package news.ingest.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The metadata half of an {@link ExtractedPage}; language is null when the page declares none. {@code sources}
 * names where each field came from. {@code declaredBody} is the article text the structured data gives (JSON-LD
 * {@code articleBody}, HTML or plain text), or null.
 */
record PageMetadata(String title, List<String> authors, OffsetDateTime published, String language,
		String canonicalUrl, String siteName, String declaredBody, Map<String, String> sources) {

}
