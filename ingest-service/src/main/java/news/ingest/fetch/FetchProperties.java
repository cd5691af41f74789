package news.ingest.fetch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param connectTimeout time to open the connection
 * @param readTimeout time for the whole response, body included, so a slow drip cannot hold a worker
 * @param maxRedirects redirects followed before giving up (loops end here too)
 * @param maxBodySize larger responses are refused: news pages are well under a few MB
 * @param userAgent sent with every request, naming the crawler honestly
 * @param robotName the name matched against robots.txt User-agent lines
 * @param minHostDelay pause between two requests to one host, so no site feels this crawler
 * @param maxRetryWait a 429 or 503 whose Retry-After asks for at most this long is waited out and retried
 * once; a longer one fails the fetch
 * @param allowPrivateAddresses whether pages on loopback and private networks may be fetched: off, so a
 * stranger's URL cannot reach the operator's internal services; on for local development
 */
@ConfigurationProperties("news.ingest.fetch")
public record FetchProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
		@DefaultValue("5") int maxRedirects, @DefaultValue("5MB") DataSize maxBodySize,
		@DefaultValue("news-pipeline/0.1 (+https://news-pipeline.example/crawler)") String userAgent,
		@DefaultValue("news-pipeline") String robotName, @DefaultValue("1s") Duration minHostDelay,
		@DefaultValue("10s") Duration maxRetryWait, @DefaultValue("false") boolean allowPrivateAddresses) {
}
