package news.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The search API over HTTP, as a client sees it. */
record ApiClient(int port) {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	JsonNode get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** Asserts a problem body with this status and returns it. */
	JsonNode problem(String path, int status) throws IOException, InterruptedException {
		HttpResponse<String> response = send(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		return problem;
	}

	HttpResponse<String> send(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static List<String> ids(JsonNode result) {
		return result.get("hits").valueStream().map(h -> h.get("id").asString()).toList();
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
