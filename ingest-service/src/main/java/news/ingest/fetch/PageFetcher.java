package news.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Fetches pages with the JDK's HTTP client. Redirects are followed here, not by the client, so each hop is
 * counted and checked; the body is read against a size cap and a deadline.
 */
@Component
public class PageFetcher {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

	private static final int CHUNK = 16 * 1024;

	private final HttpClient client;

	private final FetchProperties properties;

	private final AddressGuard guard;

	public PageFetcher(FetchProperties properties) {
		this.properties = properties;
		this.guard = new AddressGuard(properties.allowPrivateAddresses());
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public FetchedPage fetch(URI url) throws FetchFailedException {
		long deadline = System.nanoTime() + this.properties.readTimeout().toNanos();
		URI current = url;
		for (int hop = 0; hop <= this.properties.maxRedirects(); hop++) {
			HttpResponse<InputStream> response = send(current);
			int status = response.statusCode();
			if (REDIRECTS.contains(status)) {
				close(response);
				current = redirectTarget(current, response);
				continue;
			}
			if (status >= 400) {
				close(response);
				throw new FetchFailedException("HTTP " + status);
			}
			MediaType type = contentType(response);
			if (type != null && !HTML_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
				close(response);
				throw new FetchFailedException("not HTML: " + type.getType() + "/" + type.getSubtype());
			}
			String charset = (type == null || type.getCharset() == null) ? null : type.getCharset().name();
			byte[] body = readCapped(response.body(), deadline);
			return new FetchedPage(current, type == null ? null : type.toString(), charset, body, Instant.now());
		}
		throw new FetchFailedException("more than " + this.properties.maxRedirects() + " redirects");
	}

	private HttpResponse<InputStream> send(URI url) throws FetchFailedException {
		this.guard.check(url);
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.properties.readTimeout())
			.header("User-Agent", this.properties.userAgent())
			.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
			.GET()
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (HttpConnectTimeoutException ex) {
			throw new FetchFailedException("connect timeout", ex);
		}
		catch (HttpTimeoutException ex) {
			throw new FetchFailedException("read timeout", ex);
		}
		catch (ConnectException ex) {
			throw new FetchFailedException("connection refused", ex);
		}
		catch (IOException ex) {
			throw new FetchFailedException("I/O error: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchFailedException("interrupted", ex);
		}
		catch (IllegalArgumentException ex) {
			throw new FetchFailedException("unusable URL: " + ex.getMessage(), ex);
		}
	}

	private static URI redirectTarget(URI from, HttpResponse<?> response) throws FetchFailedException {
		Optional<String> location = response.headers().firstValue("Location");
		if (location.isEmpty()) {
			throw new FetchFailedException("HTTP " + response.statusCode() + " without a Location");
		}
		try {
			URI target = from.resolve(location.get().strip());
			String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw new FetchFailedException("redirect to a non-http URL: " + location.get());
			}
			return target;
		}
		catch (IllegalArgumentException ex) {
			throw new FetchFailedException("bad redirect Location: " + location.get(), ex);
		}
	}

	private static MediaType contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").map(value -> {
			try {
				return MediaType.parseMediaType(value);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}).orElse(null);
	}

	private byte[] readCapped(InputStream in, long deadline) throws FetchFailedException {
		long cap = this.properties.maxBodySize().toBytes();
		try (in; var out = new ByteArrayOutputStream()) {
			byte[] buffer = new byte[CHUNK];
			int read;
			while ((read = in.read(buffer)) != -1) {
				out.write(buffer, 0, read);
				if (out.size() > cap) {
					throw new FetchFailedException("body larger than " + this.properties.maxBodySize());
				}
				if (System.nanoTime() > deadline) {
					throw new FetchFailedException("read timeout");
				}
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new FetchFailedException("I/O error while reading: " + ex.getMessage(), ex);
		}
	}

	private static void close(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ex) {
			// Nothing to do: the connection is discarded either way.
		}
	}
}
