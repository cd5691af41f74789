package news.search.query;

import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import news.events.Figure;
import tools.jackson.databind.JsonNode;

/**
 * The parts of Elasticsearch's answers to the API's searches that the API reads, bound straight from the response
 * by the client's Jackson mapper. The typed client's response classes cost search-service about a sixth of its CPU
 * per search (its JSON-P layer, each hit's source buffered then bound again), and reading a JSON tree first, then
 * binding the hits from it, another sixth (JFR, docs/BENCHMARKS.md); the API reads a handful of fields.
 */
final class SearchResponses {

	/**
	 * The fields of a stored article that a {@link SearchResult.Hit} shows, what a search asks Elasticsearch to
	 * return: the hit is bound from them, then given what the search found in it. Derived from the record, so a
	 * field added to the hit is also fetched.
	 */
	static final List<String> HIT_FIELDS = Arrays.stream(SearchResult.Hit.class.getRecordComponents())
		.map(RecordComponent::getName)
		.filter(name -> !Set.of("highlights", "matchingFigures").contains(name))
		.toList();

	private final Jackson3JsonpMapper client;

	/**
	 * @param client the typed client's mapper: it reads the rare error bodies into the client's exception, which
	 * the API's problem handler knows
	 */
	SearchResponses(Jackson3JsonpMapper client) {
		this.client = client;
	}

	/** An error body of Elasticsearch ({@code {"error": …, "status": …}}) as the typed client would throw it. */
	ElasticsearchException failure(String endpoint, JsonNode body) {
		ErrorResponse error = ErrorResponse._DESERIALIZER.deserialize(
				this.client.jsonProvider().createParser(new StringReader(body.toString())), this.client);
		return new ElasticsearchException(endpoint, error);
	}

	/** A search's answer. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Search(Hits hits, JsonNode aggregations) {

		List<SearchResult.Hit> found() {
			return this.hits == null ? List.of() : this.hits.hits().stream().map(Hit::toResult).toList();
		}

		/** The sort values of the last hit, where the next page starts; empty when there are no hits. */
		List<FieldValue> lastSortValues() {
			List<FieldValue> values = new ArrayList<>();
			if (this.hits != null && !this.hits.hits().isEmpty()) {
				this.hits.hits().get(this.hits.hits().size() - 1).sort().forEach(v -> values.add(SearchCursor.value(v)));
			}
			return values;
		}

		/** The exact number of matches, or null when the search did not count them. */
		Long total() {
			return this.hits == null || this.hits.total() == null ? null : this.hits.total().value();
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Hits(Total total, List<Hit> hits) {

		Hits {
			hits = hits == null ? List.of() : hits;
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Total(long value) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Hit(@JsonProperty("_source") SearchResult.Hit source, Map<String, List<String>> highlight, List<JsonNode> sort,
			@JsonProperty("inner_hits") Map<String, InnerHits> innerHits) {

		Hit {
			highlight = highlight == null ? Map.of() : highlight;
			sort = sort == null ? List.of() : sort;
		}

		SearchResult.Hit toResult() {
			InnerHits matching = this.innerHits == null ? null : this.innerHits.get(ArticleQueries.MATCHING_FIGURES);
			List<Figure> matchingFigures = matching == null ? null
					: matching.hits().hits().stream().map(FigureHit::source).toList();
			return this.source.found(this.highlight, matchingFigures);
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record InnerHits(FigureHits hits) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FigureHits(List<FigureHit> hits) {

		FigureHits {
			hits = hits == null ? List.of() : hits;
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FigureHit(@JsonProperty("_source") Figure source) {
	}
}
