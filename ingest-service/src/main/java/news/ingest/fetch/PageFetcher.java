package news.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.net.ssl.SSLException;

import crawlercommons.robots.BaseRobotRules;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Fetches pages with the JDK's HTTP client, safely and politely. Redirects are followed here, not by the client,
 * so each hop is counted and checked (internal addresses, robots.txt, the host's turn); the body is read against
 * a size cap and a deadline.
 */
@Component
public class PageFetcher {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

	/** A Crawl-delay beyond this would make a site unusable as a source; it is capped, not obeyed blindly. */
	private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

	private final HttpClient client;

	private final FetchProperties properties;

	private final AddressGuard guard;

	private final RobotsPolicy robots;

	private final HostScheduler hosts = new HostScheduler();

	@Autowired
	public PageFetcher(FetchProperties properties) {
		this(properties, HostResolver.SYSTEM, HttpClient.Builder.NO_PROXY);
	}

	/**
	 * With the names the address guard sees and the proxy requests go through chosen by the caller: tests route a
	 * public-looking host name to a local server this way, to try the guard on real redirects.
	 */
	public PageFetcher(FetchProperties properties, HostResolver resolver, ProxySelector proxy) {
		this.properties = properties;
		this.guard = new AddressGuard(properties.allowPrivateAddresses(), resolver);
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.proxy(proxy)
			.build();
		this.robots = new RobotsPolicy(this.client, properties);
	}

	public FetchedPage fetch(URI url) throws FetchFailedException {
		URI current = url;
		for (int hop = 0; hop <= this.properties.maxRedirects(); hop++) {
			Hop hopped = politely(current);
			if (hopped.page() != null) {
				return hopped.page();
			}
			current = hopped.redirect();
		}
		throw new FetchFailedException("more than " + this.properties.maxRedirects() + " redirects");
	}

	/**
	 * One request, after the address, robots.txt and the host's turn allow it. A 429 or 503 asking for a short
	 * wait is waited out and tried once more; the host's next request waits as long as the server asked.
	 */
	private Hop politely(URI url) throws FetchFailedException {
		this.guard.check(url);
		BaseRobotRules rules = this.robots.rulesFor(url);
		if (!rules.isAllowed(url.toString())) {
			throw new FetchFailedException("disallowed by robots.txt");
		}
		Duration pause = pauseFor(rules);
		for (int attempt = 0;; attempt++) {
			HostScheduler.HostTurn turn = awaitTurn(url.getHost());
			Duration next = pause;
			try {
				// The deadline runs from the request, not from the wait for the host's turn.
				long deadline = System.nanoTime() + this.properties.readTimeout().toNanos();
				HttpResponse<InputStream> response = send(url);
				int status = response.statusCode();
				if (status == 429 || status == 503) {
					close(response);
					Duration asked = retryAfter(response).orElse(this.properties.maxRetryWait());
					next = asked.compareTo(pause) > 0 ? asked : pause;
					if (attempt == 0 && asked.compareTo(this.properties.maxRetryWait()) <= 0) {
						continue;
					}
					throw new FetchFailedException("HTTP " + status + ", retry after " + asked.toSeconds() + " s");
				}
				return answer(url, response, deadline);
			}
			finally {
				turn.release(next);
			}
		}
	}

	private Hop answer(URI url, HttpResponse<InputStream> response, long deadline) throws FetchFailedException {
		int status = response.statusCode();
		if (REDIRECTS.contains(status)) {
			close(response);
			return new Hop(null, redirectTarget(url, response));
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
		byte[] body = BodyReader.read(response, this.properties.maxBodySize().toBytes(), deadline,
				this.properties.readTimeout());
		BodySniffer.requireText(body);
		String charset = (type == null || type.getCharset() == null) ? null : type.getCharset().name();
		return new Hop(new FetchedPage(url, type == null ? null : type.toString(), charset, body, Instant.now()), null);
	}

	/** The site's Crawl-delay when it asks for more than our minimum, within reason. */
	private Duration pauseFor(BaseRobotRules rules) {
		long crawlDelay = rules.getCrawlDelay();
		if (crawlDelay <= 0) {
			return this.properties.minHostDelay();
		}
		Duration asked = Duration.ofMillis(Math.min(crawlDelay, MAX_CRAWL_DELAY.toMillis()));
		return asked.compareTo(this.properties.minHostDelay()) > 0 ? asked : this.properties.minHostDelay();
	}

	private HostScheduler.HostTurn awaitTurn(String host) throws FetchFailedException {
		try {
			return this.hosts.awaitTurn(host);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchFailedException("interrupted", ex);
		}
	}

	/** Retry-After in seconds or as an HTTP date (RFC 9110). */
	private static Optional<Duration> retryAfter(HttpResponse<?> response) {
		return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
			try {
				return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
			}
			catch (NumberFormatException ex) {
				try {
					Instant when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
					return Optional.of(Duration.between(Instant.now(), when).isNegative() ? Duration.ZERO
							: Duration.between(Instant.now(), when));
				}
				catch (DateTimeParseException unparsable) {
					return Optional.empty();
				}
			}
		});
	}

	/** Either a page or where to go next. */
	private record Hop(FetchedPage page, URI redirect) {
	}

	private HttpResponse<InputStream> send(URI url) throws FetchFailedException {
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.properties.readTimeout())
			.header("User-Agent", this.properties.userAgent())
			.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
			.header("Accept-Encoding", "gzip")
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
		catch (SSLException ex) {
			throw new FetchFailedException("TLS handshake failed: " + rootMessage(ex), ex);
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

	private static void close(HttpResponse<InputStream> response) {
		BodyReader.closeQuietly(response.body());
	}

	/** The innermost cause says what went wrong (an expired or untrusted certificate, a protocol mismatch). */
	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}
}
