package news.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline as a user meets it: the three packaged services on the real Kafka and Elasticsearch that
 * {@code ./news test} started, a news page served locally, a URL submitted over HTTP, the article found by search.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

	private static final Path SEED_PAGE = Path.of("..", "ingest-service", "src", "test", "resources", "extract",
			"seed-article.html");

	private static final String API_KEY = "e2e-" + UUID.randomUUID();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static PagesServer pages;

	private static PipelineProcesses pipeline;

	private static ServiceProcess ingest;

	private static ServiceProcess enrich;

	private static ServiceProcess search;

	@BeforeAll
	static void startPipeline() throws IOException, InterruptedException {
		pages = new PagesServer(SEED_PAGE);
		pipeline = PipelineProcesses.start(API_KEY, Map.of());
		ingest = pipeline.ingest;
		enrich = pipeline.enrich;
		search = pipeline.search;
	}

	@AfterAll
	static void stopPipeline() throws Exception {
		for (AutoCloseable closeable : new AutoCloseable[] { pipeline, pages }) {
			if (closeable != null) {
				closeable.close();
			}
		}
	}

	@Test
	@Order(1)
	void submittedArticleBecomesSearchableWithItsTags() throws Exception {
		JsonNode accepted = submit(pages.url(PagesServer.ARTICLE_PATH), 202);
		String id = accepted.get("id").asString();
		assertThat(accepted.get("statusUrl").asString()).isEqualTo(search.baseUrl() + "/api/articles/" + id + "/status");

		// A phrase of the seed: the test stack also holds hundreds of KZ-tagged articles of other modules' tests,
		// which outrank the seed on looser queries.
		JsonNode hit = await("article searchable").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> firstHit("size=100&q=" + encode("\"3,538 Turkish capital companies\"") + "&country=KZ&country=TR", id),
					found -> found != null);

		assertThat(hit.get("title").asString()).isEqualTo("Türkiye, Kazakhstan seek to set new cooperation goals");
		assertThat(hit.get("publishedAt").asString()).isEqualTo("2025-07-29T13:16:00Z");
		// Former states (the Soviet Union, as SUHH) may be tagged too; of today's countries, exactly these two.
		assertThat(texts(hit.get("countries")).stream().filter(code -> code.length() == 2))
			.containsExactlyInAnyOrder("TR", "KZ");
		assertThat(texts(hit.get("people"))).containsExactlyInAnyOrder("Recep Tayyip Erdoğan", "Kassym-Jomart Tokayev");
		assertThat(hit.get("figures").valueStream())
			.anySatisfy(f -> assertThat(figure(f)).isEqualTo("5.0E9 USD"))
			.anySatisfy(f -> assertThat(figure(f)).isEqualTo("3538.0 company"));
		assertThat(hit.get("highlights").get("body").get(0).asString()).contains("<mark>");

		JsonNode article = get(search.baseUrl() + "/api/articles/" + id, 200);
		String body = article.get("body").asString();
		assertThat(body).contains("Currently, 3,538 Turkish capital companies operate in Kazakhstan.")
			.contains("Kazakhstan extended the visa-free stay for Turkish citizens from 30 to 90 days.")
			.doesNotContain("Motorsports", "Islamophobia", "Reuters Photo", "newsletter", "Turkuvaz");

		JsonNode status = await("status INDEXED").atMost(Duration.ofSeconds(20))
			.until(() -> get(search.baseUrl() + "/api/articles/" + id + "/status", -1),
					s -> "INDEXED".equals(s.path("status").asString("")));

		// One trace from the HTTP request through both topics to indexing, and logs that name it.
		String traceId = status.get("traceId").asString();
		assertThat(traceId).matches("[0-9a-f]{32}");
		assertThat(status.get("stages").valueStream().map(s -> s.get("traceId").asString())).containsOnly(traceId);
		for (ServiceProcess service : List.of(ingest, enrich, search)) {
			assertThat(service.logLines()).as(service + " logs the article with its trace")
				.anyMatch(line -> line.contains("\"articleId\":\"" + id + "\"") && line.contains("\"traceId\":\"" + traceId + "\""));
		}
	}

	@Test
	@Order(2)
	void resubmittingTheSameUrlKeepsOneArticle() throws Exception {
		String url = pages.url(PagesServer.ARTICLE_PATH);
		String first = submit(url, 202).get("id").asString();
		// The fragment is not part of the address: the normalised URL, and so the id, is the same.
		String again = submit(url + "#comments", 202).get("id").asString();
		assertThat(again).isEqualTo(first);
		// Other tests share the broker and index: count only the documents of this page's URL.
		String query = "/api/search?size=100&q=" + encode("\"3,538 Turkish capital companies\"");
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
			.until(() -> get(search.baseUrl() + query, 200).get("hits")
				.valueStream()
				.filter(h -> h.get("url").asString().equals(url))
				.count(), count -> count == 1);
	}

	@Test
	@Order(3)
	void pageThatCannotBeFetchedGetsAFailedStatusWithItsReason() throws Exception {
		String id = submit(pages.url("/no-such-article"), 202).get("id").asString();
		JsonNode status = await("status FAILED").atMost(Duration.ofSeconds(30))
			.until(() -> get(search.baseUrl() + "/api/articles/" + id + "/status", -1),
					s -> "FAILED".equals(s.path("status").asString("")));
		assertThat(status.get("reason").asString()).isEqualTo("HTTP 404");
	}

	@Test
	@Order(4)
	void malformedUrlIsRefusedWithAProblemBody() throws Exception {
		JsonNode problem = submit("ftp://example.org/file", 400);
		assertThat(problem.get("title").asString()).isEqualTo("Invalid article URL");
		assertThat(problem.get("detail").asString()).contains("http");
	}

	@Test
	@Order(5)
	void submissionWithoutAKeyIsRefused() throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/api/articles"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + pages.url(PagesServer.ARTICLE_PATH) + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(response.body()).get("title").asString()).isEqualTo("Missing or unknown API key");
	}

	@Test
	@Order(6)
	void replayEnrichesEveryArticleAgainWithTheNewVersionAndKeepsOneDocumentEach() throws Exception {
		// Other tests index look-alikes of this page straight into the shared index, without a raw record to
		// replay: look only at the articles of this test's own news site.
		String query = search.baseUrl() + "/api/search?size=100&q=" + encode("\"3,538 Turkish capital companies\"");
		List<String> before = idsFromThisSite(query);
		assertThat(before).isNotEmpty();
		String version = "2099.1.1";

		ServiceProcess.Finished replay = ServiceProcess.runCommand("enrich-service",
				Map.of("NEWS_KAFKA_BOOTSTRAP", PipelineProcesses.required("NEWS_KAFKA_BOOTSTRAP"), "NEWS_ENRICH_VERSION", version),
				Duration.ofMinutes(4), "--spring.profiles.active=replay");

		assertThat(replay.exitCode()).as(replay.output()).isZero();
		assertThat(replay.output()).contains("as enrichment version " + version).contains("done: ");
		await("every article re-indexed with " + version).atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> allEnrichedAs(before, version));
		assertThat(idsFromThisSite(query)).containsExactlyInAnyOrderElementsOf(before);
	}

	private static boolean allEnrichedAs(List<String> ids, String version) throws IOException, InterruptedException {
		for (String id : ids) {
			if (!version.equals(get(search.baseUrl() + "/api/articles/" + id, 200).get("enrichmentVersion").asString())) {
				return false;
			}
		}
		return true;
	}

	private static List<String> idsFromThisSite(String query) throws IOException, InterruptedException {
		return get(query, 200).get("hits")
			.valueStream()
			.filter(hit -> hit.get("url").asString().startsWith(pages.url("/")))
			.map(hit -> hit.get("id").asString())
			.toList();
	}

	private static JsonNode submit(String url, int expectedStatus) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/api/articles"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + API_KEY)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("url", url))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		return JSON.readTree(response.body());
	}

	/** @param expectedStatus the status to insist on, or -1 to accept any (and read the body anyway) */
	private static JsonNode get(String url, int expectedStatus) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (expectedStatus != -1) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		}
		return JSON.readTree(response.body());
	}

	private static JsonNode firstHit(String query, String id) throws IOException, InterruptedException {
		for (JsonNode hit : get(search.baseUrl() + "/api/search?" + query, 200).get("hits")) {
			if (hit.get("id").asString().equals(id)) {
				return hit;
			}
		}
		return null;
	}

	private static String figure(JsonNode figure) {
		return figure.get("value").asDouble() + " " + figure.get("unit").asString();
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
