package news.ingest.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a local server: every way a fetch can end has a plain reason. */
class PageFetcherTest {

	private static HttpServer server;

	private static final AtomicBoolean busyOnce = new AtomicBoolean(true);

	// The test site is on loopback, which only an operator's explicit setting allows.
	private final PageFetcher fetcher = new PageFetcher(properties(true, Duration.ZERO));

	@BeforeAll
	static void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/page", exchange -> respond(exchange, 200, "text/html; charset=ISO-8859-1", "<p>caf\u00e9</p>"));
		server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().set("Location", "/page");
			respond(exchange, 301, "text/html", "");
		});
		server.createContext("/loop", exchange -> {
			exchange.getResponseHeaders().set("Location", "/loop");
			respond(exchange, 302, "text/html", "");
		});
		server.createContext("/pdf", exchange -> respond(exchange, 200, "application/pdf", "%PDF-1.7"));
		server.createContext("/huge", exchange -> respond(exchange, 200, "text/html", "x".repeat(100_000)));
		server.createContext("/error", exchange -> respond(exchange, 503, "text/html", "busy"));
		server.createContext("/robots.txt",
				exchange -> respond(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
		server.createContext("/busy-once", exchange -> {
			if (busyOnce.getAndSet(false)) {
				exchange.getResponseHeaders().set("Retry-After", "1");
				respond(exchange, 429, "text/html", "slow down");
			}
			else {
				respond(exchange, 200, "text/html", "<p>ok</p>");
			}
		});
		server.createContext("/busy-long", exchange -> {
			exchange.getResponseHeaders().set("Retry-After", "120");
			respond(exchange, 503, "text/html", "come back later");
		});
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	@Test
	void fetchesAPageWithTheHeaderCharset() throws Exception {
		FetchedPage page = this.fetcher.fetch(url("/page"));
		assertThat(page.charset()).isEqualTo("ISO-8859-1");
		assertThat(new String(page.body(), StandardCharsets.ISO_8859_1)).isEqualTo("<p>caf\u00e9</p>");
	}

	@Test
	void followsRedirectsAndReportsWhereTheyEnded() throws Exception {
		assertThat(this.fetcher.fetch(url("/moved")).finalUrl()).isEqualTo(url("/page"));
	}

	@Test
	void redirectLoopEndsAtTheLimit() {
		assertThatThrownBy(() -> this.fetcher.fetch(url("/loop"))).hasMessage("more than 3 redirects");
	}

	@Test
	void httpErrorIsTheReason() {
		assertThatThrownBy(() -> this.fetcher.fetch(url("/missing"))).hasMessage("HTTP 404");
		assertThatThrownBy(() -> this.fetcher.fetch(url("/gone-for-good"))).hasMessage("HTTP 404");
	}

	@Test
	void notHtmlIsRefused() {
		assertThatThrownBy(() -> this.fetcher.fetch(url("/pdf"))).hasMessage("not HTML: application/pdf");
	}

	@Test
	void bodyOverTheCapIsRefused() {
		assertThatThrownBy(() -> this.fetcher.fetch(url("/huge"))).hasMessage("body larger than 65536 bytes");
	}

	@Test
	void unknownHostIsNamed() {
		assertThatThrownBy(() -> this.fetcher.fetch(URI.create("http://no-such-host.invalid/")))
			.hasMessageStartingWith("unknown host");
	}

	@Test
	void loopbackIsRefusedByDefault() {
		PageFetcher guarded = new PageFetcher(properties(false, Duration.ZERO));
		assertThatThrownBy(() -> guarded.fetch(url("/page"))).hasMessageStartingWith("blocked: 127.0.0.1");
	}

	@Test
	void closedPortIsNamed() {
		assertThatThrownBy(() -> this.fetcher.fetch(URI.create("http://127.0.0.1:1/")))
			.hasMessage("connection refused");
	}

	@Nested
	class Politeness {

		@Test
		void robotsTxtDisallowIsHonoured() {
			assertThatThrownBy(() -> PageFetcherTest.this.fetcher.fetch(url("/private/page")))
				.hasMessage("disallowed by robots.txt");
		}

		@Test
		void requestsToOneHostArePaced() throws Exception {
			PageFetcher paced = new PageFetcher(properties(true, Duration.ofMillis(400)));
			long start = System.nanoTime();
			paced.fetch(url("/page"));
			paced.fetch(url("/page"));
			paced.fetch(url("/page"));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
		}

		@Test
		void shortRetryAfterIsWaitedOutAndRetriedOnce() throws Exception {
			long start = System.nanoTime();
			assertThat(PageFetcherTest.this.fetcher.fetch(url("/busy-once")).body()).isNotEmpty();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
		}

		@Test
		void longRetryAfterFailsWithTheServersWish() {
			assertThatThrownBy(() -> PageFetcherTest.this.fetcher.fetch(url("/busy-long")))
				.hasMessage("HTTP 503, retry after 120 s");
		}
	}

	private static FetchProperties properties(boolean allowPrivate, Duration minHostDelay) {
		return new FetchProperties(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, DataSize.ofKilobytes(64),
				"news-pipeline-test", "news-pipeline", minHostDelay, Duration.ofSeconds(5), allowPrivate);
	}

	private static URI url(String path) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
	}

	private static void respond(HttpExchange exchange, int status, String type, String body)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}
}
