package news.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Creates the versioned indices from their committed settings and mappings when they do not exist yet, before
 * any listener writes, so no document is ever indexed under dynamically guessed mappings. When the alias already
 * points at an older version, the current version's mappings are put on it: versions only add fields (v2 adds
 * {@code indexedAt} to v1, v3 {@code figureUnits}), which Elasticsearch accepts on a live index, so an existing
 * index keeps working. Analysis cannot change on a live index (v4 ignores soft hyphens): the older index keeps
 * its own until {@code ./news reindex}, which the log says.
 */
@Component
class IndexInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(IndexInitializer.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	IndexInitializer(ElasticsearchClient client, IndexProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		createOrExtend(this.properties.articlesIndex(), this.properties.articlesAlias());
		createOrExtend(this.properties.statusIndex(), null);
	}

	private void createOrExtend(String index, String alias) throws IOException {
		String name = alias != null ? alias : index;
		JsonNode definition = definition(index);
		if (this.client.indices().exists(e -> e.index(name)).value()) {
			addMissingFields(name, index, definition.get("mappings"));
			if (alias != null) {
				suggestReindexIfOlder(alias, index);
			}
			return;
		}
		try {
			this.client.indices().create(c -> {
				c.index(index).withJson(new StringReader(definition.toString()));
				return alias != null ? c.aliases(alias, a -> a.isWriteIndex(true)) : c;
			});
			log.info("created index {}{}", index, alias != null ? " behind alias " + alias : "");
		}
		catch (ElasticsearchException ex) {
			// Another instance created it first: that is fine.
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
		}
	}

	private void addMissingFields(String name, String version, JsonNode mappings) throws IOException {
		try {
			this.client.indices().putMapping(p -> p.index(name).withJson(new StringReader(mappings.toString())));
		}
		catch (ElasticsearchException ex) {
			// A conflicting older mapping: keep serving with it, and say which version it lacks.
			log.warn("{} exists but cannot take the mappings of {}: {}", name, version, ex.getMessage());
		}
	}

	/** Reindexed copies are named after their version with a time suffix (news-articles-v4-20261127140000). */
	private void suggestReindexIfOlder(String alias, String version) throws IOException {
		for (String index : this.client.indices().getAlias(a -> a.name(alias)).aliases().keySet()) {
			if (!index.startsWith(version)) {
				log.info("{} is on {}, built before {}: new fields were added, its analysis is the old one until "
						+ "./news reindex", alias, index, version);
			}
		}
	}

	static JsonNode definition(String index) throws IOException {
		try (InputStream in = new ClassPathResource("index/" + index + ".json").getInputStream()) {
			return JSON.readTree(in);
		}
	}
}
