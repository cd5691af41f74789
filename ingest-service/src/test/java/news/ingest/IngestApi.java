package news.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.events.ArticleStatusChanged;
import news.events.EventJson;
import news.events.EventSchemas;
import news.events.Topics;
import news.kafka.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The running ingest service as its integration tests use it: submit over HTTP, read statuses from Kafka. */
public final class IngestApi {

	public static final String KEY = "integration-test-key";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final KafkaTemplate<String, String> kafka;

	public IngestApi(int port, KafkaTemplate<String, String> kafka) {
		this.port = port;
		this.kafka = kafka;
	}

	/** Submits {@code url} and returns the accepted body (id, url, status link). */
	public JsonNode submit(String url) throws IOException, InterruptedException {
		HttpResponse<String> response = post("/api/articles", JSON.writeValueAsString(Map.of("url", url)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return JSON.readTree(response.body());
	}

	/** Submits {@code urls} as one batch and returns the answer, whatever it is. */
	public HttpResponse<String> submitBatch(List<String> urls) throws IOException, InterruptedException {
		return post("/api/articles/batch", JSON.writeValueAsString(Map.of("urls", urls)));
	}

	private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + KEY)
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The first {@code count} status events of article {@code id}, each checked against the schema. */
	public List<ArticleStatusChanged> statuses(String id, int count) {
		List<ArticleStatusChanged> found = new ArrayList<>();
		try (var status = TopicReader.of(this.kafka, Topics.STATUS)) {
			while (found.size() < count) {
				ConsumerRecord<String, String> record = status.find(id, Duration.ofSeconds(60)).orElseThrow();
				assertThat(EventSchemas.violations(ArticleStatusChanged.class, record.value())).isEmpty();
				found.add(EventJson.read(record.value(), ArticleStatusChanged.class));
			}
		}
		return found;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
