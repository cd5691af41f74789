package news.ingest.api;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param searchBaseUrl base URL of search-service, which serves each article's status
 * @param keys the Bearer keys allowed to submit; empty refuses every submission
 * @param submissionsPerSecond URLs per second per key, a batch's URLs each counted, so one client cannot flood the
 *     fetcher; a batch larger than this is refused (413)
 */
@ConfigurationProperties("news.ingest.api")
record IngestApiProperties(@DefaultValue("http://localhost:8083") String searchBaseUrl, Set<String> keys,
		@DefaultValue("100") int submissionsPerSecond) {

	IngestApiProperties {
		keys = keys == null ? Set.of() : keys.stream().map(String::strip).filter(k -> !k.isEmpty()).collect(
				Collectors.toUnmodifiableSet());
	}

	String statusUrl(String articleId) {
		return this.searchBaseUrl.replaceAll("/+$", "") + "/api/articles/" + articleId + "/status";
	}
}
