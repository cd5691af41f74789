package news.ingest.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * The local servers hostile pages come from: one HTTP site, which also answers as the proxy for public-looking
 * host names, and two HTTPS sites whose certificates a client must refuse (self-signed, expired).
 */
final class HostileSite implements AutoCloseable {

	static final long HUGE_BODY = 50L * 1024 * 1024;

	/** Far beyond any cap: the bomb is only ever read up to the cap, the rest is never produced. */
	private static final long BOMB_BYTES = 10L * 1024 * 1024 * 1024;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
			'D', 'R', 0, 0, 0, 1 };

	/** Pages registered by the test: {@code /fixture/<name>} with the content type and bytes it gave. */
	private final Map<String, Pages.Fixture> fixtures = new ConcurrentHashMap<>();

	private final ExecutorService workers = Executors.newCachedThreadPool();

	private final HttpServer http;

	private final HttpsServer selfSigned;

	private final HttpsServer expired;

	HostileSite(Path keys) throws Exception {
		this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		// Slow handlers (the drip, the stall) must not hold up the rest.
		this.http.setExecutor(this.workers);
		this.http.createContext("/", this::serve);
		this.selfSigned = https(keystore(keys, "self-signed", "-validity", "365"));
		this.expired = https(keystore(keys, "expired", "-startdate", "-30d", "-validity", "1"));
		this.http.start();
	}

	int port() {
		return this.http.getAddress().getPort();
	}

	String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	String selfSignedUrl() {
		return "https://127.0.0.1:" + this.selfSigned.getAddress().getPort() + "/";
	}

	String expiredUrl() {
		return "https://127.0.0.1:" + this.expired.getAddress().getPort() + "/";
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String query = exchange.getRequestURI().getRawQuery();
			String arg = query == null ? "" : URLDecoder.decode(query, StandardCharsets.UTF_8);
			switch (path) {
				case "/to" -> redirect(exchange, 302, arg);
				case "/loop" -> redirect(exchange, 302, "/loop");
				case "/no-location" -> send(exchange, 301, "text/html", new byte[0]);
				case "/chain" -> {
					int left = Integer.parseInt(arg);
					if (left > 0) {
						redirect(exchange, 301, "/chain?" + (left - 1));
					}
					else {
						send(exchange, 200, "text/html", Pages.article("End of the chain", Pages.ENGLISH).getBytes());
					}
				}
				case "/status" -> {
					int status = Integer.parseInt(arg);
					if (status == 503) {
						exchange.getResponseHeaders().set("Retry-After", "120");
					}
					send(exchange, status, "text/html", "<p>no</p>".getBytes());
				}
				case "/gzip-bomb" -> gzipBomb(exchange);
				case "/huge" -> huge(exchange);
				case "/drip" -> drip(exchange);
				case "/stall" -> stall(exchange);
				case "/brotli" -> {
					exchange.getResponseHeaders().set("Content-Encoding", "br");
					send(exchange, 200, "text/html", new byte[] { 0x1b, 0x03, 0, (byte) 0xf8 });
				}
				case "/gzip-unlabelled" -> send(exchange, 200, "text/html", gzip(Pages.article("Hidden", Pages.ENGLISH)));
				case "/pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.7\n%\u00e2\u00e3".getBytes());
				case "/pdf-as-html" -> send(exchange, 200, "text/html", "%PDF-1.7\n1 0 obj".getBytes());
				case "/png" -> send(exchange, 200, "image/png", PNG);
				case "/png-as-html" -> send(exchange, 200, "text/html; charset=utf-8", PNG);
				case "/png-unlabelled" -> send(exchange, 200, null, PNG);
				case "/octet-stream" -> send(exchange, 200, "application/octet-stream", PNG);
				case "/empty" -> send(exchange, 200, "text/html", new byte[0]);
				case "/blank" -> send(exchange, 200, "text/html", " \n\t ".repeat(100).getBytes());
				default -> serveFixture(exchange, path);
			}
		}
	}

	String fixture(String name, String contentType, byte[] body) {
		this.fixtures.put("/fixture/" + name, new Pages.Fixture(contentType, body));
		return "/fixture/" + name;
	}

	private void serveFixture(HttpExchange exchange, String path) throws IOException {
		Pages.Fixture fixture = this.fixtures.get(path);
		if (fixture == null) {
			send(exchange, 404, "text/html", "<p>not here</p>".getBytes());
		}
		else {
			send(exchange, 200, fixture.contentType(), fixture.body());
		}
	}

	private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
		exchange.getResponseHeaders().set("Location", location);
		send(exchange, status, "text/html", new byte[0]);
	}

	private static void gzipBomb(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/html");
		exchange.getResponseHeaders().set("Content-Encoding", "gzip");
		exchange.sendResponseHeaders(200, 0);
		byte[] zeros = new byte[1024 * 1024];
		try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody(), 64 * 1024)) {
			for (long sent = 0; sent < BOMB_BYTES; sent += zeros.length) {
				out.write(zeros);
			}
		}
		catch (IOException clientLeft) {
			// Expected: the client stops at its cap.
		}
	}

	private static void huge(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/html");
		exchange.sendResponseHeaders(200, HUGE_BODY);
		byte[] chunk = "<p>aaaaaaa</p>\n".repeat(64 * 1024 / 15).getBytes();
		try {
			OutputStream out = exchange.getResponseBody();
			for (long sent = 0; sent < HUGE_BODY; sent += chunk.length) {
				out.write(chunk, 0, (int) Math.min(chunk.length, HUGE_BODY - sent));
			}
		}
		catch (IOException clientLeft) {
			// Expected: the client stops at its cap.
		}
	}

	/** One byte a second, for longer than any deadline: each read succeeds, so only a total deadline ends it. */
	private static void drip(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/html");
		exchange.sendResponseHeaders(200, 0);
		try {
			OutputStream out = exchange.getResponseBody();
			for (int i = 0; i < 60; i++) {
				out.write('a');
				out.flush();
				Thread.sleep(1000);
			}
		}
		catch (IOException | InterruptedException clientLeft) {
			// Expected: the client gives up.
		}
	}

	/** Headers, then silence. */
	private static void stall(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/html");
		exchange.sendResponseHeaders(200, 0);
		try {
			Thread.sleep(60_000);
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
		}
	}

	static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		if (contentType != null) {
			exchange.getResponseHeaders().set("Content-Type", contentType);
		}
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
	}

	static byte[] gzip(String text) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	/** A key pair and self-signed certificate from the JDK's keytool: no test dependency needed for TLS. */
	private static Path keystore(Path dir, String name, String... validity) throws Exception {
		Path store = dir.resolve(name + ".p12");
		var command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", name,
				"-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-storetype", "PKCS12", "-keystore",
				store.toString(), "-storepass", "changeit", "-keypass", "changeit"));
		command.addAll(List.of(validity));
		Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(keytool.getInputStream().readAllBytes());
		if (keytool.waitFor() != 0) {
			throw new IllegalStateException("keytool failed: " + output);
		}
		return store;
	}

	private HttpsServer https(Path keystore) throws Exception {
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			keys.load(in, "changeit".toCharArray());
		}
		KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		managers.init(keys, "changeit".toCharArray());
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(managers.getKeyManagers(), null, null);
		HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(tls));
		server.setExecutor(this.workers);
		server.createContext("/", exchange -> {
			try (exchange) {
				send(exchange, 200, "text/html", Pages.article("Secret", Pages.ENGLISH).getBytes());
			}
		});
		server.start();
		return server;
	}

	@Override
	public void close() {
		this.http.stop(0);
		this.selfSigned.stop(0);
		this.expired.stop(0);
		this.workers.shutdownNow();
	}
}
