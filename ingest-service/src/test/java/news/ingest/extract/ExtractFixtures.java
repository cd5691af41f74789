package news.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Test pages under {@code src/test/resources/extract/} and one extractor shared by all tests. */
final class ExtractFixtures {

	/** Shared: building an extractor loads the language model, which takes seconds. */
	static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

	private ExtractFixtures() {
	}

	/** Hand-written HTML as the fetcher would hand it over from {@code url}, fetched on 2025-07-30. */
	static ExtractedPage extractHtml(String html, String url) {
		return EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), null, url,
				Instant.parse("2025-07-30T08:00:00Z"));
	}

	static byte[] bytes(String name) {
		try (InputStream in = ExtractFixtures.class.getResourceAsStream("/extract/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No test page /extract/" + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
