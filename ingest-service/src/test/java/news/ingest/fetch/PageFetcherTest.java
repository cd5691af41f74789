package news.ingest.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a local server: every way a fetch can end has a plain reason. */
class PageFetcherTest {

	private static HttpServer server;

	// The test site is on loopback, which only an operator's explicit setting allows.
	private final PageFetcher fetcher = new PageFetcher(new FetchProperties(Duration.ofSeconds(2),
			Duration.ofSeconds(2), 3, DataSize.ofKilobytes(64), "news-pipeline-test", true));

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
		assertThatThrownBy(() -> this.fetcher.fetch(url("/error"))).hasMessage("HTTP 503");
	}

	@Test
	void notHtmlIsRefused() {
		assertThatThrownBy(() -> this.fetcher.fetch(url("/pdf"))).hasMessage("not HTML: application/pdf");
	}

	@Test
	void bodyOverTheCapIsRefused() {
		assertThatThrownBy(() -> this.fetcher.fetch(url("/huge"))).hasMessage("body larger than 65536B");
	}

	@Test
	void unknownHostIsNamed() {
		assertThatThrownBy(() -> this.fetcher.fetch(URI.create("http://no-such-host.invalid/")))
			.hasMessageStartingWith("unknown host");
	}

	@Test
	void loopbackIsRefusedByDefault() {
		PageFetcher guarded = new PageFetcher(new FetchProperties(Duration.ofSeconds(2), Duration.ofSeconds(2), 3,
				DataSize.ofKilobytes(64), "news-pipeline-test", false));
		assertThatThrownBy(() -> guarded.fetch(url("/page"))).hasMessageStartingWith("blocked: 127.0.0.1");
	}

	@Test
	void closedPortIsNamed() {
		assertThatThrownBy(() -> this.fetcher.fetch(URI.create("http://127.0.0.1:1/")))
			.hasMessage("connection refused");
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
