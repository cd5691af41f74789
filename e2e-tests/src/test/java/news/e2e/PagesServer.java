package news.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/** A local web server standing in for news sites: article pages by path, everything else 404. */
final class PagesServer implements AutoCloseable {

	static final String ARTICLE_PATH = "/diplomacy/turkiye-kazakhstan-seek-to-set-new-cooperation-goals";

	private static final byte[] NOT_FOUND = "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8);

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	/** One article page at {@link #ARTICLE_PATH}, on 127.0.0.1. */
	PagesServer(Path articlePage) throws IOException {
		this(new InetSocketAddress("127.0.0.1", 0), path -> path.equals(ARTICLE_PATH) ? read(articlePage) : null);
	}

	/** @param pages the page at a path, or null for a 404 */
	PagesServer(InetSocketAddress address, Function<String, byte[]> pages) throws IOException {
		this.server = HttpServer.create(address, 0);
		this.server.createContext("/", exchange -> {
			byte[] page = pages.apply(exchange.getRequestURI().getPath());
			byte[] body = page != null ? page : NOT_FOUND;
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(page != null ? 200 : 404, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}
}
