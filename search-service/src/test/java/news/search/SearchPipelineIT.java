package news.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import news.events.ArticleEnriched;
import news.events.ArticleStatusChanged;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.EventFixtures;
import news.events.EventJson;
import news.events.Topics;
import news.kafka.Poison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * search-service on the real Kafka and Elasticsearch started by {@code ./news test}: enriched articles from the
 * topic become searchable through the HTTP API, redelivery does not duplicate, poison goes to the dead-letter topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchPipelineIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, String> kafka;

	private final String url = "https://news.example/" + UUID.randomUUID();

	@Test
	void enrichedArticleBecomesSearchableWithFacetsAndHighlights() throws Exception {
		ArticleEnriched event = EventFixtures.enriched(this.url);
		String id = event.article().id();
		this.kafka.send(Topics.ENRICHED, id, EventJson.write(event)).get();

		// "Turkiye" without the diaeresis must find "Türkiye": ASCII folding in the index analyzer.
		JsonNode result = await().atMost(Duration.ofSeconds(20))
			.until(() -> search("q=" + encode("Turkiye bilateral") + "&country=KZ"), r -> containsHit(r, id));
		JsonNode hit = hitWithId(result, id);
		assertThat(hit.get("title").asString()).isEqualTo(event.article().title());
		assertThat(hit.get("countries").valueStream().map(JsonNode::asString)).containsExactly("KZ", "TR");
		assertThat(hit.get("figures").get(0).get("unit").asString()).isEqualTo("USD");
		assertThat(hit.get("highlights").get("title").get(0).asString()).contains("<mark>Türkiye</mark>");
		assertThat(result.get("facets").get("countries").valueStream().map(f -> f.get("value").asString()))
			.contains("KZ", "TR");

		assertThat(get("/api/articles/" + id).get("body").asString()).isEqualTo(event.article().body());
		assertThat(search("q=" + encode("Turkiye bilateral") + "&country=FR").get("hits").valueStream()
			.map(h -> h.get("id").asString())).doesNotContain(id);
	}

	@Test
	void redeliveredArticleIsIndexedOnce() throws Exception {
		ArticleEnriched event = EventFixtures.enriched(this.url);
		String id = event.article().id();
		this.kafka.send(Topics.ENRICHED, id, EventJson.write(event)).get();
		this.kafka.send(Topics.ENRICHED, id, EventJson.write(event)).get();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get("/api/articles/" + id + "/status").path("status").asString(""), "INDEXED"::equals);
		// Indexed is not yet searchable: the index refreshes every second.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> search("person=" + encode("Kassym-Jomart Tokayev") + "&size=100").get("hits")
				.valueStream()
				.filter(h -> h.get("id").asString().equals(id))
				.count(), count -> count == 1);
	}

	@Test
	void statusShowsTheFurthestStageOrTheFailure() throws Exception {
		String id = EventFixtures.article(this.url).id();
		for (Stage stage : new Stage[] { Stage.SUBMITTED, Stage.FETCHED }) {
			this.kafka.send(Topics.STATUS, id, EventJson.write(
					new ArticleStatusChanged(id, this.url, stage, stage == Stage.FETCHED ? Outcome.FAILED : Outcome.OK,
							stage == Stage.FETCHED ? "HTTP 404" : null, Instant.now(), null)))
				.get();
		}
		JsonNode status = await().atMost(Duration.ofSeconds(20))
			.until(() -> get("/api/articles/" + id + "/status"), s -> s.path("stages").size() == 2);
		assertThat(status.get("status").asString()).isEqualTo("FAILED");
		assertThat(status.get("reason").asString()).isEqualTo("HTTP 404");
	}

	@ParameterizedTest
	@EnumSource(Poison.class)
	void poisonEnrichedRecordIsDeadLetteredAndTheNextRecordIsIndexed(Poison poison) throws Exception {
		ArticleEnriched good = EventFixtures.enriched(this.url);
		poison.sendBefore(this.kafka, Topics.ENRICHED, "poison-" + UUID.randomUUID(), good.article().id(),
				EventJson.write(good));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get("/api/articles/" + good.article().id() + "/status").path("status").asString(""),
					"INDEXED"::equals);
	}

	@ParameterizedTest
	@EnumSource(Poison.class)
	void poisonStatusRecordIsDeadLetteredAndTheNextStatusIsRecorded(Poison poison) throws Exception {
		String id = EventFixtures.article(this.url).id();
		var good = new ArticleStatusChanged(id, this.url, Stage.FETCHED, Outcome.FAILED, "HTTP 410", Instant.now(),
				null);
		poison.sendBefore(this.kafka, Topics.STATUS, "poison-" + UUID.randomUUID(), id, EventJson.write(good));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get("/api/articles/" + id + "/status").path("reason").asString(""), "HTTP 410"::equals);
	}

	@Test
	void oversizedPageIsRefusedWithAProblemBody() throws Exception {
		HttpResponse<String> response = send("/api/search?size=1000");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("size");
	}

	@Test
	void oddQuerySyntaxIsNotAServerError() throws Exception {
		assertThat(send("/api/search?q=" + encode("\"unbalanced (AND OR ] \\")).statusCode()).isEqualTo(200);
	}

	@Test
	void aQueryElasticsearchRefusesIsABadRequest() throws Exception {
		// Something to match: Elasticsearch skips a shard that cannot match before it reads the cursor.
		ArticleEnriched event = EventFixtures.enriched(this.url);
		this.kafka.send(Topics.ENRICHED, event.article().id(), EventJson.write(event)).get();
		String q = "q=" + encode("Turkiye bilateral");
		await().atMost(Duration.ofSeconds(20)).until(() -> search(q), r -> containsHit(r, event.article().id()));
		// A well-formed cursor whose score is not a number: only Elasticsearch can tell, and it refuses the search.
		String cursor = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"s\":\"relevance\",\"o\":\"desc\",\"v\":[\"not a number\",\"x\"]}"
				.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send("/api/search?" + q + "&cursor=" + cursor);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("title").asString()).isEqualTo("Query refused");
	}

	private JsonNode search(String query) throws IOException, InterruptedException {
		return get("/api/search?" + query);
	}

	private JsonNode get(String path) throws IOException, InterruptedException {
		return JSON.readTree(send(path).body());
	}

	private HttpResponse<String> send(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static boolean containsHit(JsonNode result, String id) {
		return hitWithId(result, id) != null;
	}

	private static JsonNode hitWithId(JsonNode result, String id) {
		return result.get("hits").valueStream().filter(h -> h.get("id").asString().equals(id)).findFirst().orElse(null);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
