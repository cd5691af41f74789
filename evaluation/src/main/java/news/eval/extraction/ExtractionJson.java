package news.eval.extraction;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import news.ingest.extract.ExtractedPage;

/** The JSON shape of one extracted page in {@code ./news extract} output. */
final class ExtractionJson {

	private ExtractionJson() {
	}

	static Map<String, Object> of(ExtractedPage page) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("articleBody", page.body());
		json.put("title", page.title());
		json.put("authors", page.authors());
		json.put("datePublished",
				page.publishedAt() == null ? null : page.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
		json.put("language", page.language());
		json.put("status", page.body() == null || page.body().isBlank() ? "EMPTY" : "OK");
		return json;
	}
}
