package news.eval.load;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the generated pages on every loopback address (Linux routes all of 127.0.0.0/8 to lo), so each page can
 * have a host of its own and per-host politeness never throttles the run. The JDK's server: a few lines, no
 * dependency, and it keeps connections alive like a real site.
 */
final class PageServer implements AutoCloseable {

	private static final byte[] ROBOTS = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.US_ASCII);

	private final HttpServer server;

	private final ExecutorService workers = Executors.newFixedThreadPool(4);

	private final PageGenerator pages;

	private final int pagesPerHost;

	PageServer(PageGenerator pages, int pagesPerHost) throws IOException {
		this.pages = pages;
		this.pagesPerHost = pagesPerHost;
		this.server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 256);
		this.server.setExecutor(this.workers);
		this.server.createContext("/", this::serve);
		this.server.start();
	}

	/** Page {@code number}'s URL: host 127.a.b.c, one host per {@code pagesPerHost} pages. */
	URI url(int number) {
		int host = number / this.pagesPerHost;
		// .0 and .255 are left out of the last octet: some code treats them as network or broadcast addresses.
		int a = 1 + host / (254 * 254);
		int b = host / 254 % 254 + 1;
		int c = host % 254 + 1;
		return URI.create("http://127." + a + "." + b + "." + c + ":" + this.server.getAddress().getPort() + "/news/"
				+ number + ".html");
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/robots.txt")) {
				send(exchange, "text/plain", ROBOTS);
				return;
			}
			if (!path.startsWith("/news/") || !path.endsWith(".html")) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			int number = Integer.parseInt(path.substring("/news/".length(), path.length() - ".html".length()));
			send(exchange, "text/html; charset=utf-8", this.pages.page(number).html());
		}
		catch (NumberFormatException ex) {
			exchange.sendResponseHeaders(404, -1);
		}
	}

	private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.workers.shutdownNow();
	}
}
