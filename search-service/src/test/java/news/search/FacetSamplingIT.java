package news.search;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import news.search.index.ArticleIndexer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static news.search.ApiClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facets of a broad query are estimated from a random sample, those of a narrow one counted exactly, on the real
 * Elasticsearch. The sample size is shrunk to 10 so that 60 articles make a broad query.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "news.search.facets.sample-size=10")
class FacetSamplingIT {

	private static final int ARTICLES = 60;

	private static final int NARROW = 5;

	@LocalServerPort
	int port;

	@Autowired
	ArticleIndexer indexer;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Test
	void broadQueriesGetEstimatedFacetsAndNarrowOnesExactCounts() throws Exception {
		String word = TestArticles.word();
		for (int i = 0; i < ARTICLES; i++) {
			this.indexer.index(TestArticles.article("Trade " + word, "Body " + word,
					i < NARROW ? "Narrow Example" : "Daily Example", "en", "2025-07-29T13:16:00Z", List.of("KZ"),
					List.of(TestArticles.usd(1e6 * (i + 1), "A sum."))));
		}
		// The sampler's fixed seed picks the same documents while the segments stay as they are; sixty one-document
		// writes leave many small segments, and a background merge between the two queries below once changed the
		// sample (48 then 96 for KZ). Merged into one segment, the index holds still.
		this.elasticsearch.indices().forcemerge(f -> f.index("news-articles").maxNumSegments(1L));
		this.elasticsearch.indices().refresh(r -> r.index("news-articles"));
		ApiClient api = new ApiClient(this.port);

		JsonNode broad = api.get("/api/search?q=" + word);
		assertThat(broad.get("total").asLong()).isEqualTo(ARTICLES);
		assertThat(broad.get("facetsEstimated").asBoolean()).isTrue();
		// About 10 of the 60 are sampled and each counts for 6: the estimate is 60 give or take 20 (binomial).
		assertThat(count(broad, "countries", "KZ")).isBetween(12L, 180L);
		assertThat(count(broad, "units", "USD")).isEqualTo(count(broad, "countries", "KZ"));
		assertThat(api.get("/api/search?q=" + word).get("facets")).as("the same sample each time")
			.isEqualTo(broad.get("facets"));

		JsonNode narrow = api.get("/api/search?q=" + word + "&site=" + encode("Narrow Example"));
		assertThat(narrow.get("facetsEstimated").asBoolean()).isFalse();
		assertThat(count(narrow, "countries", "KZ")).isEqualTo(NARROW);
		assertThat(count(narrow, "units", "USD")).isEqualTo(NARROW);
		assertThat(narrow.get("dates").get("buckets").get(0).get("count").asLong()).isEqualTo(NARROW);

		JsonNode none = api.get("/api/search?q=" + word + "&site=" + encode("Nowhere Example"));
		assertThat(none.get("total").asLong()).isZero();
		assertThat(none.get("facets").get("countries")).isEmpty();
		assertThat(none.get("dates").get("buckets")).isEmpty();
	}

	private static long count(JsonNode result, String facet, String value) {
		return result.get("facets").get(facet).valueStream()
			.filter(f -> f.get("value").asString().equals(value))
			.mapToLong(f -> f.get("count").asLong())
			.findFirst()
			.orElse(0);
	}
}
