package news.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt, fetched once per site and kept for a while, parsed by crawler-commons. A missing file allows all;
 * a server error disallows for now, as Google does, since the site may be struggling.
 */
class RobotsPolicy {

	private static final Duration KEEP = Duration.ofHours(1);

	/** A robots.txt is small; anything bigger is not worth reading whole. */
	private static final int MAX_ROBOTS_BYTES = 512 * 1024;

	private final HttpClient client;

	private final FetchProperties properties;

	private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

	private final Cache<String, BaseRobotRules> rules = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(10_000).build();

	RobotsPolicy(HttpClient client, FetchProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	BaseRobotRules rulesFor(URI page) {
		String site = page.getScheme() + "://" + page.getRawAuthority();
		return this.rules.get(site, this::load);
	}

	private BaseRobotRules load(String site) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(site + "/robots.txt"))
			.timeout(this.properties.readTimeout())
			.header("User-Agent", this.properties.userAgent())
			.header("Accept-Encoding", "gzip")
			.GET()
			.build();
		try {
			long deadline = System.nanoTime() + this.properties.readTimeout().toNanos();
			HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			if (response.statusCode() != 200) {
				BodyReader.closeQuietly(response.body());
				return this.parser.failedFetch(response.statusCode());
			}
			byte[] body = BodyReader.read(response, MAX_ROBOTS_BYTES, deadline, this.properties.readTimeout());
			return this.parser.parseContent(site + "/robots.txt", body,
					response.headers().firstValue("Content-Type").orElse("text/plain"), Set.of(this.properties.robotName()));
		}
		catch (IOException | FetchFailedException ex) {
			// Unreachable, endless or oversized robots.txt: treated as absent; a page fetch that meets the same
			// problem reports it.
			return this.parser.failedFetch(404);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return this.parser.failedFetch(503);
		}
	}
}
