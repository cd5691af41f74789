package news.search;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Indexes enriched articles in Elasticsearch and serves full-text search with filters and facets. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SearchApplication {

	public static void main(String[] args) {
		SpringApplication.run(SearchApplication.class, args);
	}
}
