package news.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import news.events.ArticleEnriched;
import news.events.Figure;
import news.search.index.ArticleIndexer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static news.search.ApiClient.encode;
import static news.search.ApiClient.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search API on the real Elasticsearch: filters, facets, the date histogram, cursor paging, figure search,
 * similar articles and problem bodies. Articles are indexed through {@link ArticleIndexer} (the Kafka path is
 * {@link SearchPipelineIT}'s) and each test searches for a word of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApiIT {

	@LocalServerPort
	int port;

	@Autowired
	ArticleIndexer indexer;

	@Autowired
	ElasticsearchClient elasticsearch;

	ApiClient api;

	final String word = TestArticles.word();

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Nested
	class Filters {

		@Test
		void countryModeAllWantsEveryCountryAndAnyWantsOne() throws Exception {
			String both = index(article("Trade", List.of("KZ", "TR"), List.of()));
			String one = index(article("Trade", List.of("KZ"), List.of()));
			assertThat(ids(search("country=KZ&country=tr&countryMode=all"))).containsExactly(both);
			assertThat(ids(search("country=KZ&country=TR"))).containsExactlyInAnyOrder(both, one);
			assertThat(ids(search("country=KZ,tr&countryMode=all"))).containsExactly(both);
		}

		@Test
		void siteAndLanguageFilterAndAreCountedAsFacets() throws Exception {
			String english = index(TestArticles.article("Trade " + word, "Body " + word, "Daily Example", "en",
					"2025-07-29T13:16:00Z", List.of("KZ"), List.of()));
			String german = index(TestArticles.article("Handel " + word, "Text " + word, "Tagesbeispiel", "de",
					"2025-06-02T08:00:00Z", List.of("KZ"), List.of()));
			JsonNode all = search("");
			assertThat(facet(all, "sites")).containsExactlyInAnyOrder("Daily Example=1", "Tagesbeispiel=1");
			assertThat(facet(all, "languages")).containsExactlyInAnyOrder("en=1", "de=1");
			assertThat(all.get("dates").get("interval").asString()).isEqualTo("month");
			assertThat(all.get("dates").get("buckets").valueStream()
				.map(b -> b.get("from").asString() + ".." + b.get("to").asString() + "=" + b.get("count").asInt()))
				.containsExactly("2025-06-01..2025-07-01=1", "2025-07-01..2025-08-01=1");
			assertThat(ids(search("site=" + encode("Tagesbeispiel")))).containsExactly(german);
			assertThat(ids(search("language=EN"))).containsExactly(english);
			assertThat(ids(search("from=2025-07-01&to=2025-08-01"))).containsExactly(english);
		}
	}

	@Nested
	class Paging {

		@Test
		void cursorVisitsEveryArticleOnceInEachSort() throws Exception {
			List<String> indexed = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				indexed.add(index(TestArticles.article("Trade " + word, "Body " + word + " mention".repeat(i + 1),
						"Daily Example", "en", "2025-07-0" + (i + 1) + "T10:00:00Z", List.of("KZ"),
						List.of(TestArticles.usd(1e6 * (i + 1), "A sum.")))));
			}
			for (String sort : List.of("relevance", "date", "figure")) {
				List<String> seen = new ArrayList<>();
				JsonNode page = search("size=2&sort=" + sort);
				seen.addAll(ids(page));
				while (!page.get("next").isNull()) {
					page = search("size=2&sort=" + sort + "&cursor=" + page.get("next").asString());
					seen.addAll(ids(page));
				}
				assertThat(seen).as(sort).containsExactlyInAnyOrderElementsOf(indexed).doesNotHaveDuplicates();
			}
			List<String> newestFirst = new ArrayList<>(indexed);
			Collections.reverse(newestFirst);
			assertThat(ids(search("size=5&sort=date"))).containsExactlyElementsOf(newestFirst);
			assertThat(ids(search("size=5&sort=date&order=asc"))).containsExactlyElementsOf(indexed);
		}

		@Test
		void limitsAndBadCursorsAreClearProblems() throws Exception {
			index(article("Trade", List.of("KZ"), List.of()));
			assertThat(api.problem("/api/search?size=101", 400).get("detail").asString()).contains("size");
			assertThat(api.problem("/api/search?page=100&size=100", 400).get("detail").asString()).contains("cursor");
			assertThat(api.problem("/api/search?cursor=garbage", 400).get("detail").asString()).contains("cursor");
			String next = search("size=1&sort=date").get("next").asString();
			assertThat(api.problem("/api/search?sort=relevance&q=x&cursor=" + next, 400).get("detail").asString())
				.contains("sort");
			assertThat(api.problem("/api/search?q=" + "a".repeat(1001), 400).get("detail").asString()).contains("q");
			assertThat(api.problem("/api/search?countryMode=some", 400).get("detail").asString())
				.contains("countryMode");
			assertThat(api.problem("/api/search?minValue=5&maxValue=1", 400).get("detail").asString())
				.contains("minValue");
			assertThat(api.problem("/api/search?kind=money&minValue=lots", 400).get("detail").asString())
				.contains("minValue");
			assertThat(api.problem("/api/search?kind=gold", 400).get("detail").asString()).contains("kind");
			assertThat(api.problem("/api/search?from=2025-08-01&to=2025-07-01", 400).get("detail").asString())
				.contains("from");
			api.problem("/api/search?size=ten", 400);
			api.problem("/api/search?interval=century", 400);
			api.problem("/api/no-such-endpoint", 404);
			api.problem("/api/articles/no-such-id/similar", 404);
		}
	}

	@Nested
	class Figures {

		@Test
		void figureFilterMatchesWithinOneFigureAndReturnsTheMatchingFigures() throws Exception {
			String big = index(article("Trade", List.of("KZ"),
					List.of(TestArticles.usd(5e9, "In 2024, bilateral trade reached $5 billion."),
							new Figure(3538, "company", Figure.Kind.COUNT, "3,538", null, "3,538 companies operate."))));
			String small = index(article("Trade", List.of("KZ"),
					List.of(TestArticles.usd(2e6, "A grant of $2 million."),
							new Figure(7e9, "person", Figure.Kind.COUNT, "7 billion", null, "7 billion people."))));
			index(article("Trade", List.of("FR"), List.of(TestArticles.usd(9e9, "Paris spent $9 billion."))));

			JsonNode result = search("unit=USD&minValue=1e9&country=KZ");
			assertThat(ids(result)).containsExactly(big);
			JsonNode matching = result.get("hits").get(0).get("matchingFigures");
			assertThat(matching).hasSize(1);
			assertThat(matching.get(0).get("value").asDouble()).isEqualTo(5e9);
			assertThat(matching.get(0).get("sentence").asString()).contains("bilateral trade");
			assertThat(result.get("hits").get(0).get("figures")).hasSize(2);

			assertThat(ids(search("kind=money&maxValue=1e7"))).containsExactly(small);
			assertThat(ids(search("unit=USD&country=KZ&sort=figure"))).containsExactly(big, small);
			assertThat(ids(search("unit=USD&country=KZ&sort=figure&order=asc"))).containsExactly(small, big);
			assertThat(facet(search("country=KZ"), "units")).contains("USD=2", "company=1", "person=1");
			assertThat(search("country=KZ").get("hits").get(0).get("matchingFigures").isNull()).isTrue();
		}
	}

	@Nested
	class Similar {

		@Test
		void similarArticlesShareWordsAndLeaveOutTheArticleItself() throws Exception {
			String liked = index(TestArticles.article("Caspian pipeline tariffs " + word,
					"The Caspian pipeline consortium raised tariffs for oil shipped from Kazakhstan " + word,
					"Daily Example", "en", "2025-07-01T10:00:00Z", List.of("KZ"), List.of()));
			String alike = index(TestArticles.article("Pipeline tariffs rise " + word,
					"Oil shipped through the Caspian pipeline costs more after the consortium raised tariffs " + word,
					"Daily Example", "en", "2025-07-02T10:00:00Z", List.of("KZ"), List.of()));
			JsonNode similar = api.get("/api/articles/" + liked + "/similar?size=5");
			assertThat(similar.get("id").asString()).isEqualTo(liked);
			assertThat(ids(similar)).contains(alike).doesNotContain(liked);
		}
	}

	@Nested
	class Page {

		@Test
		void pageAndApiDescriptionAreServed() throws Exception {
			var page = api.send("/");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<label for=\"q\">Search articles</label>");
			var openapi = api.send("/openapi.yaml");
			assertThat(openapi.statusCode()).isEqualTo(200);
			assertThat(openapi.body()).contains("/api/search:", "/api/stream:", "/api/articles/{id}/similar:");
		}
	}

	private ArticleEnriched article(String title, List<String> countries, List<Figure> figures) {
		return TestArticles.article(title + " " + this.word, "Body " + this.word, "Daily Example", "en",
				"2025-07-29T13:16:00Z", countries, figures);
	}

	private String index(ArticleEnriched article) throws IOException {
		this.indexer.index(article);
		this.elasticsearch.indices().refresh(r -> r.index("news-articles"));
		return article.article().id();
	}

	private JsonNode search(String query) throws IOException, InterruptedException {
		return this.api.get("/api/search?q=" + this.word + (query.isEmpty() ? "" : "&" + query));
	}

	private static List<String> facet(JsonNode result, String name) {
		return result.get("facets").get(name).valueStream()
			.map(f -> f.get("value").asString() + "=" + f.get("count").asInt())
			.toList();
	}
}
