package news.search.index;

import java.io.IOException;
import java.io.InputStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Creates the versioned indices from their committed settings and mappings when they do not exist yet, before
 * any listener writes, so no document is ever indexed under dynamically guessed mappings.
 */
@Component
class IndexInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(IndexInitializer.class);

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	IndexInitializer(ElasticsearchClient client, IndexProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		createIfMissing(this.properties.articlesIndex(), this.properties.articlesAlias());
		createIfMissing(this.properties.statusIndex(), null);
	}

	private void createIfMissing(String index, String alias) throws IOException {
		if (this.client.indices().exists(e -> e.index(alias != null ? alias : index)).value()) {
			return;
		}
		try (InputStream definition = new ClassPathResource("index/" + index + ".json").getInputStream()) {
			this.client.indices().create(c -> {
				c.index(index).withJson(definition);
				return alias != null ? c.aliases(alias, a -> a.isWriteIndex(true)) : c;
			});
			log.info("created index {}{}", index, alias != null ? " behind alias " + alias : "");
		}
		catch (co.elastic.clients.elasticsearch._types.ElasticsearchException ex) {
			// Another instance created it first: that is fine.
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
		}
	}
}
