package news.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;

/** A local web server standing in for a news site: one article page, everything else 404. */
final class PagesServer implements AutoCloseable {

	static final String ARTICLE_PATH = "/diplomacy/turkiye-kazakhstan-seek-to-set-new-cooperation-goals";

	private final HttpServer server;

	PagesServer(Path articlePage) throws IOException {
		byte[] article = Files.readAllBytes(articlePage);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", exchange -> {
			boolean found = exchange.getRequestURI().getPath().equals(ARTICLE_PATH);
			byte[] body = found ? article : "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(found ? 200 : 404, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}
}
