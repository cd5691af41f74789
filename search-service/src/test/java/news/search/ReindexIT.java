package news.search;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import news.events.Article;
import news.events.ArticleEnriched;
import news.events.EventJson;
import news.events.Topics;
import news.search.index.ArticleDocument;
import news.search.index.ArticleWriter;
import news.search.index.IndexProperties;
import news.search.index.Reindexer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reindex of the live alias on the real Kafka and Elasticsearch while the pipeline writes through Kafka and
 * clients search over HTTP: no search fails or loses an article, and afterwards the alias names only the new
 * index, which holds every article once in its newest revision, those written during the copy included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReindexIT {

	private static final int SEEDED = 300;

	private static final int PAGE = 20;

	@LocalServerPort
	int port;

	@Autowired
	Reindexer reindexer;

	@Autowired
	ArticleWriter writer;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Autowired
	IndexProperties properties;

	@Autowired
	KafkaTemplate<String, String> kafka;

	private final String word = TestArticles.word();

	/** Each article of this test by id, in the revision the index must end with. */
	private final Map<String, ArticleEnriched> newest = new ConcurrentHashMap<>();

	@Test
	void searchesAndWritesGoOnWhileTheAliasMovesAndNothingIsLostOrDuplicated() throws Exception {
		ApiClient api = new ApiClient(this.port);
		List<ArticleEnriched> seeded = new ArrayList<>();
		for (int i = 0; i < SEEDED; i++) {
			seeded.add(article("seeded"));
		}
		this.writer.writeAll(this.properties.articlesAlias(),
				seeded.stream().map(e -> ArticleDocument.of(e, Instant.now())).toList());
		seeded.forEach(e -> this.newest.put(e.article().id(), e));
		this.elasticsearch.indices().refresh(r -> r.index(this.properties.articlesAlias()));
		String before = this.elasticsearch.indices().getAlias(a -> a.name(this.properties.articlesAlias()))
			.aliases().keySet().iterator().next();

		// The listener has its partitions and the pipeline flows before the reindex starts.
		writtenAndSearchable(List.of(article("first")), api);

		AtomicBoolean running = new AtomicBoolean(true);
		List<String> failures = new CopyOnWriteArrayList<>();
		AtomicInteger searches = new AtomicInteger();
		AtomicLong fewest = new AtomicLong(Long.MAX_VALUE);
		Thread searcher = new Thread(() -> {
			String first = seeded.get(0).article().id();
			while (running.get()) {
				try {
					HttpResponse<String> search = api.send("/api/search?size=1&q=" + this.word);
					HttpResponse<String> byId = api.send("/api/articles/" + first);
					if (search.statusCode() != 200 || byId.statusCode() != 200) {
						failures.add(search.statusCode() + " " + search.body() + " / " + byId.statusCode());
						continue;
					}
					long total = ApiClient.JSON.readTree(search.body()).get("total").asLong();
					fewest.accumulateAndGet(total, Math::min);
					if (total > this.newest.size()) {
						failures.add("an article counted twice: " + total + " > " + this.newest.size());
					}
					searches.incrementAndGet();
				}
				catch (Exception ex) {
					failures.add(ex.toString());
				}
			}
		});
		Thread pipeline = new Thread(() -> {
			while (running.get()) {
				send(article("live"));
				pause();
			}
		});
		searcher.start();
		pipeline.start();

		Reindexer.Result result;
		try {
			result = this.reindexer.reindex(new Reindexer.Options(null, true, PAGE), new Reindexer.Progress() {

				@Override
				public void pass(int number, String what) {
				}

				@Override
				public void copied(long read, long total) {
					if (read == PAGE && total >= SEEDED) {
						// While the first pass copies: two seeded articles fetched again, through the pipeline.
						writtenAndSearchable(List.of(updated(seeded.get(0)), updated(seeded.get(SEEDED - 1))), api);
					}
				}

				@Override
				public void swapped(String source, String target) {
					writtenAndSearchable(List.of(updated(seeded.get(1)), article("after-swap")), api);
				}
			});
		}
		finally {
			running.set(false);
			searcher.join();
			pipeline.join();
		}

		assertThat(failures).isEmpty();
		assertThat(searches.get()).isPositive();
		assertThat(fewest.get()).as("no search missed a seeded article").isGreaterThanOrEqualTo(SEEDED);
		assertThat(result.passes()).isGreaterThanOrEqualTo(3);
		assertThat(this.elasticsearch.indices().getAlias(a -> a.name(this.properties.articlesAlias())).aliases())
			.containsOnlyKeys(result.target());
		assertThat(result.source()).isEqualTo(before);
		assertThat(this.elasticsearch.indices().exists(e -> e.index(before)).value()).isFalse();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			var all = api.get("/api/search?size=1&q=" + this.word);
			assertThat(all.get("total").asLong()).isEqualTo(this.newest.size());
		});
		for (ArticleEnriched expected : this.newest.values()) {
			assertThat(api.get("/api/articles/" + expected.article().id()).get("title").asString())
				.isEqualTo(expected.article().title());
		}
	}

	private ArticleEnriched article(String kind) {
		return TestArticles.article(this.word + " " + kind, "Body of a " + kind + " article.", "Example", "en",
				"2025-07-29T12:00:00Z", List.of("KZ"), List.of());
	}

	/** The same article fetched again later, with a new title. */
	private static ArticleEnriched updated(ArticleEnriched e) {
		Article a = e.article();
		Article again = new Article(a.id(), a.url(), a.canonicalUrl(), a.siteName(), a.title() + " updated",
				a.authors(), a.publishedAt(), a.language(), a.body(), a.fetchedAt().plusSeconds(3600));
		return new ArticleEnriched(e.enrichmentVersion(), e.enrichedAt(), again, e.countries(), e.people(),
				e.figures());
	}

	private void send(ArticleEnriched event) {
		try {
			this.kafka.send(Topics.ENRICHED, event.article().id(), EventJson.write(event)).get();
			this.newest.put(event.article().id(), event);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Paces the simulated live traffic (an article a second), so indexing keeps up on a busy machine. */
	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Sends through Kafka and waits until search-service has indexed each and serves it. */
	private void writtenAndSearchable(List<ArticleEnriched> events, ApiClient api) {
		events.forEach(this::send);
		for (ArticleEnriched event : events) {
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				HttpResponse<String> response = api.send("/api/articles/" + event.article().id());
				return response.statusCode() == 200 && ApiClient.JSON.readTree(response.body()).get("title").asString()
					.equals(event.article().title());
			});
		}
	}
}
