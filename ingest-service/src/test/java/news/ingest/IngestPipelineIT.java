package news.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import news.events.ArticleExtracted;
import news.events.ArticleId;
import news.events.ArticleStatusChanged;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.ArticleSubmitted;
import news.events.EventJson;
import news.events.EventSchemas;
import news.events.Topics;
import news.kafka.Poison;
import news.kafka.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * ingest-service on the real Kafka started by {@code ./news test}: a URL posted over HTTP is fetched from a
 * local site, extracted and published to the raw topic; a page that cannot be fetched becomes a status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "news.ingest.api.keys=" + IngestApi.KEY, "news.ingest.fetch.allow-private-addresses=true",
				"news.ingest.api.submissions-per-second=" + IngestPipelineIT.QUOTA })
class IngestPipelineIT {

	/** URLs per second for the test key: more than the other tests send, fewer than a full batch. */
	static final int QUOTA = 20;

	private static HttpServer site;

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	MeterRegistry meters;

	@BeforeAll
	static void startSite() throws IOException {
		byte[] page = new ClassPathResource("extract/seed-article.html").getContentAsByteArray();
		byte[] listing = new ClassPathResource("extract/listing-page.html").getContentAsByteArray();
		site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		site.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			boolean article = path.startsWith("/news/") || path.startsWith("/section/");
			byte[] body = path.startsWith("/section/") ? listing : article ? page : new byte[0];
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(article ? 200 : 404, article ? body.length : -1);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		site.start();
	}

	@AfterAll
	static void stopSite() {
		site.stop(0);
	}

	@Test
	void submittedPageIsPublishedExtractedAndMatchesTheSchema() throws Exception {
		JsonNode accepted = submit(siteUrl("/news/" + UUID.randomUUID()));
		String id = accepted.get("id").asString();

		try (var raw = TopicReader.of(this.kafka, Topics.RAW)) {
			ConsumerRecord<String, String> record = raw.find(id, Duration.ofSeconds(30)).orElseThrow();
			assertThat(EventSchemas.violations(ArticleExtracted.class, record.value())).isEmpty();
			var article = EventJson.read(record.value(), ArticleExtracted.class).article();
			assertThat(article.url()).isEqualTo(accepted.get("url").asString());
			assertThat(article.title()).isEqualTo("Türkiye, Kazakhstan seek to set new cooperation goals");
			assertThat(article.language()).isEqualTo("en");
			assertThat(article.body()).contains("3,538 Turkish capital companies").doesNotContain("Motorsports");
		}
		assertThat(this.meters.timer("news.fetch", "outcome", "ok").count()).isPositive();
		assertThat(this.meters.counter("news.extraction", "status", "OK").count()).isPositive();
		assertThat(statuses(id, 3)).extracting(ArticleStatusChanged::stage, ArticleStatusChanged::outcome)
			.containsExactly(tuple(Stage.SUBMITTED, Outcome.OK),
					tuple(Stage.FETCHED, Outcome.OK),
					tuple(Stage.EXTRACTED, Outcome.OK));
	}

	@Test
	void pageThatCannotBeFetchedBecomesAFailedStatus() throws Exception {
		String id = submit(siteUrl("/gone/" + UUID.randomUUID())).get("id").asString();
		List<ArticleStatusChanged> statuses = statuses(id, 2);
		assertThat(statuses.get(1).stage()).isEqualTo(Stage.FETCHED);
		assertThat(statuses.get(1).outcome()).isEqualTo(Outcome.FAILED);
		assertThat(statuses.get(1).reason()).isEqualTo("HTTP 404");
	}

	@Test
	void listingPageIsLabelledAndNotPublished() throws Exception {
		String id = submit(siteUrl("/section/" + UUID.randomUUID())).get("id").asString();
		ArticleStatusChanged extracted = statuses(id, 3).get(2);
		assertThat(extracted.stage()).isEqualTo(Stage.EXTRACTED);
		assertThat(extracted.outcome()).isEqualTo(Outcome.NOT_ARTICLE);
		assertThat(extracted.reason()).isNotBlank();
		try (var raw = TopicReader.of(this.kafka, Topics.RAW)) {
			assertThat(raw.find(id, Duration.ofSeconds(3))).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(Poison.class)
	void poisonSubmissionIsDeadLetteredAndTheNextSubmissionIsIngested(Poison poison) throws Exception {
		String url = siteUrl("/news/" + UUID.randomUUID());
		var good = new ArticleSubmitted(ArticleId.of(url), url, Instant.now());
		poison.sendBefore(this.kafka, Topics.SUBMISSIONS, "poison-" + UUID.randomUUID(), good.id(),
				EventJson.write(good));
		try (var raw = TopicReader.of(this.kafka, Topics.RAW)) {
			assertThat(raw.find(good.id(), Duration.ofSeconds(30))).isPresent();
		}
	}

	@Test
	void batchOverTheKeysQuotaIsRefusedWholeAndNothingOfItQueued() throws Exception {
		List<String> urls = new ArrayList<>();
		for (int i = 0; i <= QUOTA; i++) {
			urls.add(siteUrl("/news/" + UUID.randomUUID()));
		}
		HttpResponse<String> response = new IngestApi(this.port, this.kafka).submitBatch(urls);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("At most " + QUOTA + " URLs per second", "Split it");
		// Every queued URL also gets a SUBMITTED status keyed by its id (submissions are keyed by host).
		try (var status = TopicReader.of(this.kafka, Topics.STATUS)) {
			assertThat(status.find(ArticleId.of(urls.get(0)), Duration.ofSeconds(3))).isEmpty();
		}
		assertThat(submit(urls.get(0)).get("id").asString()).as("the same URL alone is within the quota")
			.isEqualTo(ArticleId.of(urls.get(0)));
	}

	@Test
	void apiDescriptionIsServedWithoutAKey() throws Exception {
		HttpResponse<String> response = new IngestApi(this.port, this.kafka).get("/openapi.yaml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("openapi: 3.1.0", "/api/articles/batch", "scheme: bearer");
	}

	private List<ArticleStatusChanged> statuses(String id, int count) {
		return new IngestApi(this.port, this.kafka).statuses(id, count);
	}

	private JsonNode submit(String url) throws IOException, InterruptedException {
		return new IngestApi(this.port, this.kafka).submit(url);
	}

	private static String siteUrl(String path) {
		return "http://127.0.0.1:" + site.getAddress().getPort() + path;
	}
}
