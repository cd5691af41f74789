package news.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test pages under {@code src/test/resources/extract/} and one extractor shared by all tests. */
final class ExtractFixtures {

	/** Shared: building an extractor loads the language model, which takes seconds. */
	static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

	private ExtractFixtures() {
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
