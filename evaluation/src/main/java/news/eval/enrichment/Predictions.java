package news.eval.enrichment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.enrich.tag.Tags;
import news.events.CountryTag;
import news.events.Figure;
import news.events.PersonTag;

/**
 * The prediction of one document in the format of {@code score_enrich.py}: {@code {"countries": [codes],
 * "people": [names], "figures": [{"value", "unit", "text"}]}}, in the order the taggers report them.
 */
final class Predictions {

	private Predictions() {
	}

	static Map<String, Object> of(Tags tags) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("countries", tags.countries().stream().map(CountryTag::code).toList());
		json.put("people", tags.people().stream().map(PersonTag::name).toList());
		json.put("figures", tags.figures().stream().map(Predictions::figure).toList());
		return json;
	}

	private static Map<String, Object> figure(Figure figure) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("value", figure.value());
		json.put("unit", figure.unit());
		json.put("text", figure.text());
		return json;
	}

	static List<String> types() {
		return List.of("countries", "people", "figures", "figure values");
	}

}
