package news.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import news.events.ArticleEnriched;
import news.search.index.ArticleIndexer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/stream} on the real Elasticsearch: live matching articles, then a replay after Last-Event-ID. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StreamIT {

	@LocalServerPort
	int port;

	@Autowired
	ArticleIndexer indexer;

	private final String word = TestArticles.word();

	private final List<CompletableFuture<?>> open = new java.util.ArrayList<>();

	@AfterEach
	void close() {
		this.open.forEach(f -> f.cancel(true));
	}

	@Test
	void matchingArticlesArriveLiveAndAResumedStreamReplaysWhatCameAfter() throws Exception {
		BlockingQueue<Event> live = subscribe("q=" + this.word + "&country=KZ", null);
		ArticleEnriched first = article(List.of("KZ", "TR"));
		ArticleEnriched other = article(List.of("FR"));
		ArticleEnriched second = article(List.of("KZ"));
		this.indexer.index(first);
		Event firstEvent = next(live);
		assertThat(firstEvent.data().get("id").asString()).isEqualTo(first.article().id());
		assertThat(firstEvent.id()).endsWith("-" + first.article().id());
		this.indexer.index(other);
		this.indexer.index(second);
		Event secondEvent = next(live);
		assertThat(secondEvent.data().get("id").asString()).isEqualTo(second.article().id());
		assertThat(live.poll(3, TimeUnit.SECONDS)).as("nothing else matches").isNull();

		BlockingQueue<Event> resumed = subscribe("q=" + this.word + "&country=KZ", firstEvent.id());
		assertThat(next(resumed).data().get("id").asString()).isEqualTo(second.article().id());
		assertThat(resumed.poll(2, TimeUnit.SECONDS)).isNull();
	}

	@Test
	void malformedLastEventIdIsAProblem() throws Exception {
		new ApiClient(this.port).problem("/api/stream?lastEventId=yesterday", 400);
	}

	private ArticleEnriched article(List<String> countries) {
		return TestArticles.article("Live " + this.word, "Body " + this.word, "Daily Example", "en",
				"2025-07-29T13:16:00Z", countries, List.of());
	}

	private BlockingQueue<Event> subscribe(String query, String lastEventId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/stream?" + query))
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		BlockingQueue<Event> events = new LinkedBlockingQueue<>();
		HttpResponse<Stream<String>> response = ApiClient.HTTP.send(request.build(),
				HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/event-stream"));
		this.open.add(CompletableFuture.runAsync(() -> {
			String id = null;
			String name = null;
			for (String line : (Iterable<String>) response.body()::iterator) {
				if (line.startsWith("id:")) {
					id = line.substring(3);
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6);
				}
				else if (line.startsWith("data:") && "article".equals(name)) {
					events.add(new Event(id, ApiClient.JSON.readTree(line.substring(5))));
				}
				else if (line.isEmpty()) {
					id = null;
					name = null;
				}
			}
		}));
		return events;
	}

	private static Event next(BlockingQueue<Event> events) throws InterruptedException {
		Event event = events.poll(Duration.ofSeconds(15).toMillis(), TimeUnit.MILLISECONDS);
		assertThat(event).as("an event within 15 s").isNotNull();
		return event;
	}

	record Event(String id, JsonNode data) {
	}
}
