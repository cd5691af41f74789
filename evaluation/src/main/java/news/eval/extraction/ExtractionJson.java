package news.eval.extraction;

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
		json.put("datePublished", page.datePublished() == null ? null : page.datePublished().toString());
		json.put("language", page.language());
		json.put("status", page.status().name());
		json.put("reason", page.reason());
		json.put("sources", page.sources());
		return json;
	}
}
