package news.search.query;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import news.events.Figure;
import news.search.index.ArticleDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Elasticsearch's answers to the searches behind the API from their JSON tree. The typed client's response
 * classes cost search-service about a sixth of its CPU per search (its JSON-P layer, and each hit's source buffered
 * then bound again; JFR, docs/BENCHMARKS.md), for a response of which the API reads a handful of fields.
 */
final class SearchResponses {

	private final Jackson3JsonpMapper client;

	private final JsonMapper json;

	/**
	 * @param client the typed client's mapper: its Jackson mapper binds the hits' sources as the client does, and
	 * it reads the rare error bodies into the client's exception, which the API's problem handler knows
	 */
	SearchResponses(Jackson3JsonpMapper client) {
		this.client = client;
		this.json = client.objectMapper();
	}

	/** The search of a multi-search, or the error Elasticsearch answered for it (as a single search would throw). */
	JsonNode result(JsonNode item, String endpoint) {
		if (item.has("error")) {
			throw failure(endpoint, item);
		}
		return item;
	}

	/** An error body of Elasticsearch ({@code {"error": …, "status": …}}) as the typed client would throw it. */
	ElasticsearchException failure(String endpoint, JsonNode body) {
		ErrorResponse error = ErrorResponse._DESERIALIZER.deserialize(
				this.client.jsonProvider().createParser(new StringReader(body.toString())), this.client);
		return new ElasticsearchException(endpoint, error);
	}

	List<SearchResult.Hit> hits(JsonNode search) {
		List<SearchResult.Hit> hits = new ArrayList<>();
		for (JsonNode hit : search.path("hits").path("hits")) {
			hits.add(SearchResult.Hit.of(this.json.treeToValue(hit.get("_source"), ArticleDocument.class),
					highlights(hit.get("highlight")), matchingFigures(hit.path("inner_hits"))));
		}
		return hits;
	}

	/** The sort values of the last hit, where the next page starts; empty when there are no hits. */
	static List<FieldValue> lastSortValues(JsonNode search) {
		JsonNode hits = search.path("hits").path("hits");
		List<FieldValue> values = new ArrayList<>();
		if (hits.isEmpty()) {
			return values;
		}
		for (JsonNode value : hits.get(hits.size() - 1).path("sort")) {
			values.add(SearchCursor.value(value));
		}
		return values;
	}

	private static Map<String, List<String>> highlights(JsonNode highlight) {
		Map<String, List<String>> highlights = new LinkedHashMap<>();
		if (highlight != null) {
			highlight.properties().forEach(field -> {
				List<String> fragments = new ArrayList<>();
				field.getValue().forEach(fragment -> fragments.add(fragment.stringValue()));
				highlights.put(field.getKey(), fragments);
			});
		}
		return highlights;
	}

	private List<Figure> matchingFigures(JsonNode innerHits) {
		JsonNode matching = innerHits.get(ArticleQueries.MATCHING_FIGURES);
		if (matching == null) {
			return null;
		}
		List<Figure> figures = new ArrayList<>();
		for (JsonNode hit : matching.path("hits").path("hits")) {
			figures.add(this.json.treeToValue(hit.get("_source"), Figure.class));
		}
		return figures;
	}
}
