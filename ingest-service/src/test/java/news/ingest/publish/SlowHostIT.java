package news.ingest.publish;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import news.events.ArticleStatusChanged.Stage;
import news.events.Topics;
import news.ingest.IngestApi;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host whose robots.txt asks for a pause between requests is fetched one page at a time with that pause, and it
 * holds up no other host: submissions are keyed by host, so another host's article, submitted after all of the slow
 * host's, is fetched right away instead of queueing behind them. On the real Kafka of {@code ./news test}; the two
 * hosts are loopback addresses of one local server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// The properties of HostileInputsIT: one application context, one set of listeners for both classes.
		properties = { "news.ingest.api.keys=" + IngestApi.KEY, "news.ingest.fetch.allow-private-addresses=true",
				"news.ingest.fetch.read-timeout=3s", "news.ingest.fetch.min-host-delay=0s",
				"news.ingest.fetch.connect-timeout=15s" })
class SlowHostIT {

	private static final String SLOW_HOST = "127.0.0.1";

	private static final Duration CRAWL_DELAY = Duration.ofSeconds(2);

	private static final int SLOW_ARTICLES = 6;

	private static HttpServer server;

	/** The requests for articles in the order the server received them. */
	private static final Queue<Request> requests = new ConcurrentLinkedQueue<>();

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@BeforeAll
	static void start() throws IOException {
		// The wildcard address: Linux routes all of 127.0.0.0/8 to loopback, so each address is a host of its own.
		server = HttpServer.create(new InetSocketAddress(0), 0);
		server.createContext("/", SlowHostIT::serve);
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	@Test
	void aHostAskingForPausesIsFetchedWithThemAndHoldsUpNoOtherHost() throws Exception {
		IngestApi api = new IngestApi(this.port, this.kafka);
		String fastHost = hostInAnotherPartitionThan(SLOW_HOST);
		List<String> ids = new ArrayList<>();
		for (int n = 0; n < SLOW_ARTICLES; n++) {
			ids.add(api.submit(url(SLOW_HOST, "/slow-" + n)).get("id").asString());
		}
		ids.add(api.submit(url(fastHost, "/fast")).get("id").asString());
		ids.forEach((id) -> assertThat(api.statuses(id, 2).get(1).stage()).isEqualTo(Stage.FETCHED));

		List<Long> slow = requests.stream().filter((r) -> r.path().startsWith("/slow-")).map(Request::nanos).toList();
		assertThat(slow).hasSize(SLOW_ARTICLES);
		for (int n = 1; n < slow.size(); n++) {
			assertThat(slow.get(n) - slow.get(n - 1)).isGreaterThanOrEqualTo(CRAWL_DELAY.toNanos());
		}
		// The slow host's third request comes two pauses after its first; the other host's article, submitted
		// after all of the slow host's, is fetched before that.
		long fast = requests.stream().filter((r) -> r.path().equals("/fast")).findFirst().orElseThrow().nanos();
		assertThat(fast).isLessThan(slow.get(2));
	}

	/** A loopback host whose submissions the producer puts in another partition than {@code host}'s. */
	private String hostInAnotherPartitionThan(String host) {
		int partitions = this.kafka.partitionsFor(Topics.SUBMISSIONS).size();
		assertThat(partitions).as("partitions of the submissions topic").isGreaterThan(1);
		int taken = partition(host, partitions);
		for (int last = 2; last < 255; last++) {
			String candidate = "127.0.0." + last;
			if (partition(candidate, partitions) != taken) {
				return candidate;
			}
		}
		throw new AssertionError("no loopback host outside partition " + taken);
	}

	private static int partition(String key, int partitions) {
		return BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), partitions);
	}

	private static String url(String host, String path) {
		return "http://" + host + ":" + server.getAddress().getPort() + path;
	}

	private static void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/robots.txt")) {
				String host = exchange.getRequestHeaders().getFirst("Host");
				boolean slow = host != null && host.startsWith(SLOW_HOST + ":");
				send(exchange, slow ? 200 : 404, "text/plain",
						slow ? "User-agent: *\nCrawl-delay: " + CRAWL_DELAY.toSeconds() + "\n" : "");
			}
			else {
				requests.add(new Request(path, System.nanoTime()));
				send(exchange, 200, "text/html; charset=utf-8", Pages.article("Ferry timetable " + path, Pages.ENGLISH));
			}
		}
	}

	private record Request(String path, long nanos) {
	}

	private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		exchange.getResponseBody().write(body);
	}

}
