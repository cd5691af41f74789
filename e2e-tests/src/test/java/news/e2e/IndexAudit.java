package news.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads every document of the articles index (all of them, by scroll) straight from Elasticsearch. */
final class IndexAudit {

	static final String ARTICLES = "news-articles";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String elasticsearch;

	IndexAudit(String elasticsearch) {
		this.elasticsearch = elasticsearch.replaceAll("/+$", "");
	}

	/** Documents in the index as a search sees them now (after a refresh). */
	long count() throws IOException, InterruptedException {
		send("POST", "/" + ARTICLES + "/_refresh", null);
		return send("GET", "/" + ARTICLES + "/_count", null).get("count").asLong();
	}

	/**
	 * How many documents carry each article id (the {@code id} field; a document whose {@code _id} differs from it
	 * counts under both, so it shows up as an extra or a duplicate).
	 */
	Map<String, Integer> documentsPerId() throws IOException, InterruptedException {
		send("POST", "/" + ARTICLES + "/_refresh", null);
		Map<String, Integer> perId = new HashMap<>();
		JsonNode page = send("POST", "/" + ARTICLES + "/_search?scroll=1m",
				"{\"size\":1000,\"_source\":[\"id\"],\"sort\":[\"_doc\"]}");
		while (page.get("hits").get("hits").size() > 0) {
			for (JsonNode hit : page.get("hits").get("hits")) {
				String id = hit.get("_source").path("id").asString("");
				perId.merge(id, 1, Integer::sum);
				if (!id.equals(hit.get("_id").asString())) {
					perId.merge(hit.get("_id").asString(), 1, Integer::sum);
				}
			}
			page = send("POST", "/_search/scroll",
					JSON.writeValueAsString(Map.of("scroll", "1m", "scroll_id", page.get("_scroll_id").asString())));
		}
		send("DELETE", "/_search/scroll", JSON.writeValueAsString(Map.of("scroll_id", page.get("_scroll_id").asString())));
		return perId;
	}

	private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(this.elasticsearch + path))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}
}
