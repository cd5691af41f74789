package news.ingest;

import news.ingest.extract.ArticleExtractor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Takes article URLs over HTTP, fetches and extracts each page, publishes the article to Kafka. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

	public static void main(String[] args) {
		SpringApplication.run(IngestApplication.class, args);
	}

	/** Stateless and thread-safe; built once because it loads its language model. */
	@Bean
	ArticleExtractor articleExtractor() {
		return new ArticleExtractor();
	}
}
