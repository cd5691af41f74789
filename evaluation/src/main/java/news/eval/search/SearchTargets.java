package news.eval.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import news.search.query.ArticleFilters;
import news.search.query.ArticleQuery;
import news.search.query.ArticleSearch;
import news.search.query.ElasticsearchCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One search two ways: {@code GET /api/search?…} to search-service, and the very requests search-service makes of
 * Elasticsearch for it, in the same order (method, path, parameters, headers and body from
 * {@link ArticleSearch#hitsCall}, {@link ArticleSearch#countCall} and {@link ArticleSearch#facetsCall}: the hits
 * beside the count, then the facets for the total it answers). The API request and the first two Elasticsearch
 * requests are built ahead of the run. Both paths go through one HTTP client, so the difference in latency is what
 * search-service adds.
 */
final class SearchTargets {

	/** Far beyond any target: a request this slow is an error. */
	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI api;

	private final URI elasticsearch;

	private final ArticleSearch search;

	SearchTargets(URI api, URI elasticsearch, ArticleSearch search) {
		this.api = api;
		this.elasticsearch = elasticsearch;
		this.search = search;
	}

	HttpRequest api(ArticleQuery query) {
		return HttpRequest.newBuilder(this.api.resolve("/api/search?" + parameters(query.filters())))
			.header("Accept", "application/json")
			.timeout(TIMEOUT)
			.GET()
			.build();
	}

	/** A search as search-service sends it to Elasticsearch: its first two requests, built ahead of the run. */
	record Direct(ArticleQuery query, HttpRequest hits, HttpRequest count) {
	}

	Direct elasticsearch(ArticleQuery query) {
		return new Direct(query, elasticsearch(this.search.hitsCall(query)),
				elasticsearch(this.search.countCall(query)));
	}

	/**
	 * Sends what search-service sends for a search: the hits, and beside them the count, then, when anything
	 * matches, the facets for the total it answers; completes with the first status other than 200, else 200.
	 */
	CompletableFuture<Integer> sendDirect(Direct search) {
		CompletableFuture<Integer> hits = send(search.hits());
		CompletableFuture<Integer> facets = this.http.sendAsync(search.count(), HttpResponse.BodyHandlers.ofByteArray())
			.thenCompose(response -> {
				if (response.statusCode() != 200) {
					return CompletableFuture.completedFuture(response.statusCode());
				}
				return this.search.facetsCall(search.query(), total(JSON.readTree(response.body())))
					.map(call -> send(elasticsearch(call)))
					.orElse(CompletableFuture.completedFuture(200));
			});
		return hits.thenCombine(facets, (hitsStatus, facetsStatus) -> hitsStatus != 200 ? hitsStatus : facetsStatus);
	}

	private HttpRequest elasticsearch(ElasticsearchCall call) {
		return HttpRequest.newBuilder(this.elasticsearch.resolve(call.path()))
			.header("Content-Type", "application/json")
			.timeout(TIMEOUT)
			.POST(HttpRequest.BodyPublishers.ofString(call.body()))
			.build();
	}

	CompletableFuture<Integer> send(HttpRequest request) {
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(HttpResponse::statusCode);
	}

	/** The number of matching articles the API or Elasticsearch answers to {@code request}. */
	long total(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return total(JSON.readTree(response.body()));
	}

	/** {@code total} of the API; {@code hits.total.value} of Elasticsearch's count. */
	private static long total(JsonNode body) {
		if (body.has("total") && body.get("total").isNumber()) {
			return body.get("total").asLong();
		}
		return body.path("hits").path("total").path("value").asLong(-1);
	}

	/** The query string of {@code /api/search} for these filters (the parameters the API documents). */
	static String parameters(ArticleFilters filters) {
		List<Map.Entry<String, String>> parameters = new ArrayList<>();
		if (filters.text() != null) {
			parameters.add(Map.entry("q", filters.text()));
		}
		filters.countries().forEach(c -> parameters.add(Map.entry("country", c)));
		if (filters.countryMode() == ArticleFilters.Mode.ALL) {
			parameters.add(Map.entry("countryMode", "all"));
		}
		filters.people().forEach(p -> parameters.add(Map.entry("person", p)));
		filters.sites().forEach(s -> parameters.add(Map.entry("site", s)));
		filters.languages().forEach(l -> parameters.add(Map.entry("language", l)));
		if (filters.from() != null) {
			parameters.add(Map.entry("from", filters.from().toString()));
		}
		if (filters.to() != null) {
			parameters.add(Map.entry("to", filters.to().toString()));
		}
		var figures = filters.figures();
		if (figures.unit() != null) {
			parameters.add(Map.entry("unit", figures.unit()));
		}
		if (figures.kind() != null) {
			parameters.add(Map.entry("kind", figures.kind().name().toLowerCase(Locale.ROOT)));
		}
		if (figures.minValue() != null) {
			parameters.add(Map.entry("minValue", figures.minValue().toString()));
		}
		if (figures.maxValue() != null) {
			parameters.add(Map.entry("maxValue", figures.maxValue().toString()));
		}
		return parameters.stream().map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
