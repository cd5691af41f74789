package news.search.index;

import java.io.InputStream;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** An index created from mapping v1 keeps working: start-up adds the fields of the current version to it. */
@SpringBootTest
class IndexInitializerIT {

	@Autowired
	ElasticsearchClient client;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private final String v1 = "test-articles-v1-" + this.suffix;

	private final String alias = "test-articles-" + this.suffix;

	@AfterEach
	void delete() throws Exception {
		this.client.indices().delete(d -> d.index(this.v1).ignoreUnavailable(true));
	}

	@Test
	void existingV1IndexGetsTheFieldsOfTheCurrentVersion() throws Exception {
		try (InputStream definition = new ClassPathResource("index/news-articles-v1.json").getInputStream()) {
			this.client.indices().create(c -> c.index(this.v1).withJson(definition).aliases(this.alias, a -> a));
		}
		new IndexInitializer(this.client, new IndexProperties(this.alias, "news-articles-v4", "news-status-v1"))
			.afterPropertiesSet();
		var mapping = this.client.indices().getMapping(m -> m.index(this.alias)).get(this.v1).mappings();
		assertThat(mapping.properties()).containsKey("indexedAt").containsKey("figureUnits").containsKey("figures");
		assertThat(this.client.indices().exists(e -> e.index("news-articles-v4-" + this.suffix)).value()).isFalse();
	}
}
