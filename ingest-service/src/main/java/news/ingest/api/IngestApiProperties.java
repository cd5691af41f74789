package news.ingest.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param searchBaseUrl base URL of search-service, which serves each article's status */
@ConfigurationProperties("news.ingest.api")
record IngestApiProperties(@DefaultValue("http://localhost:8083") String searchBaseUrl) {

	String statusUrl(String articleId) {
		return this.searchBaseUrl.replaceAll("/+$", "") + "/api/articles/" + articleId + "/status";
	}
}
