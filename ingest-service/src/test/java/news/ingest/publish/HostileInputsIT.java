package news.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import news.events.ArticleStatusChanged;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.ingest.IngestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, hostile inputs through the running ingest service on the real Kafka of {@code ./news test}: the worst
 * of {@link HostileInputsTest} submitted over HTTP each end in a status event with a reason, the service stays
 * ready, and an ordinary article submitted after them is still extracted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "news.ingest.api.keys=" + IngestApi.KEY, "news.ingest.fetch.allow-private-addresses=true",
				"news.ingest.fetch.read-timeout=3s", "news.ingest.fetch.min-host-delay=0s",
				// The connect timeout covers the TLS handshake, and the first one in a JVM is slow on a busy machine.
				"news.ingest.fetch.connect-timeout=15s" })
class HostileInputsIT {

	private static HostileSite site;

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@BeforeAll
	static void start(@TempDir Path keys) throws Exception {
		site = new HostileSite(keys);
	}

	@AfterAll
	static void stop() {
		site.close();
	}

	@Test
	void hostilePagesEndInAStatusWithAReasonAndTheServiceStaysReady() throws Exception {
		IngestApi api = new IngestApi(this.port, this.kafka);
		String tooLong = site.fixture("too-long", "text/html",
				Pages.longArticle(1_300_000).getBytes(StandardCharsets.UTF_8));
		String deep = site.fixture("deep", "text/html",
				Pages.nested("div", 10_000, true).getBytes(StandardCharsets.UTF_8));
		List<String> ids = List.of(site.url("/gzip-bomb"), site.url("/drip"), site.url("/loop"), site.selfSignedUrl(),
				site.url(deep), site.url(tooLong), site.url("/chain?0")).stream().map(url -> {
					try {
						return api.submit(url).get("id").asString();
					}
					catch (Exception ex) {
						throw new AssertionError(ex);
					}
				}).toList();

		assertThat(last(api, ids.get(0), 2)).extracting(ArticleStatusChanged::reason)
			.isEqualTo("body larger than 5242880 bytes (decompressed)");
		assertThat(last(api, ids.get(1), 2).reason()).isEqualTo("response not complete within 3 s");
		assertThat(last(api, ids.get(2), 2).reason()).isEqualTo("more than 5 redirects");
		assertThat(last(api, ids.get(3), 2).reason()).startsWith("TLS handshake failed");
		ArticleStatusChanged deepEnd = last(api, ids.get(4), 3);
		assertThat(deepEnd.stage()).isEqualTo(Stage.EXTRACTED);
		assertThat(deepEnd.outcome()).isEqualTo(Outcome.OK);
		ArticleStatusChanged tooLongEnd = last(api, ids.get(5), 3);
		assertThat(tooLongEnd.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(tooLongEnd.reason()).startsWith("article too large").contains("over the event size limit");
		assertThat(last(api, ids.get(6), 3).outcome()).isEqualTo(Outcome.OK);

		var ready = api.get("/readyz");
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(ready.body()).contains("UP");
	}

	/** The last of the first {@code count} statuses: SUBMITTED, then FETCHED, then EXTRACTED. */
	private static ArticleStatusChanged last(IngestApi api, String id, int count) {
		List<ArticleStatusChanged> statuses = api.statuses(id, count);
		return statuses.get(count - 1);
	}
}
