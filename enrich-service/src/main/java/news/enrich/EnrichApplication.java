package news.enrich;

import news.enrich.tag.ArticleTagger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Tags articles with countries, people and figures; publishes enriched articles to Kafka. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

	public static void main(String[] args) {
		SpringApplication.run(EnrichApplication.class, args);
	}

	/** Thread-safe; built once because it compiles its gazetteers. */
	@Bean
	ArticleTagger articleTagger() {
		return new ArticleTagger();
	}
}
