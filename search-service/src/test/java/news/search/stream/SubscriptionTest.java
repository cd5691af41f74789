package news.search.stream;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import news.search.query.ArticleFilters;
import news.search.query.ArticleSearch;
import news.search.query.SearchResult;
import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SubscriptionTest {

	private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

	private static final Duration OVERLAP = Duration.ofSeconds(3);

	private final ArticleSearch search = mock(ArticleSearch.class);

	private final RecordingEmitter emitter = new RecordingEmitter();

	private final ArticleFilters filters = ArticleFilters.text("trade");

	@Test
	void eachArticleIsSentOnceThoughLooksOverlap() throws IOException {
		Subscription subscription = new Subscription(this.emitter, this.filters, NOW, null);
		answer(NOW, hit("a", NOW.plusSeconds(1)));
		subscription.look(this.search, OVERLAP, 100);
		// The next look starts the overlap before the newest sent, sees "a" again and a late-visible "b".
		answer(NOW, hit("a", NOW.plusSeconds(1)), hit("b", NOW.plusMillis(500)), hit("c", NOW.plusSeconds(2)));
		subscription.look(this.search, OVERLAP, 100);
		assertThat(this.emitter.ids).containsExactly(id("a", 1000), id("b", 500), id("c", 2000));
	}

	@Test
	void aReindexedArticleIsSentAgain() throws IOException {
		Subscription subscription = new Subscription(this.emitter, this.filters, NOW, null);
		answer(NOW, hit("a", NOW.plusSeconds(1)));
		subscription.look(this.search, OVERLAP, 100);
		answer(NOW, hit("a", NOW.plusSeconds(2)));
		subscription.look(this.search, OVERLAP, 100);
		assertThat(this.emitter.ids).containsExactly(id("a", 1000), id("a", 2000));
	}

	@Test
	void aResumedSubscriptionStartsAtItsLastEventAndSkipsIt() throws IOException {
		Instant last = NOW.minusSeconds(600);
		Subscription subscription = new Subscription(this.emitter, this.filters, NOW, StreamPosition.of(last, "a"));
		answer(last, hit("a", last), hit("b", last.plusSeconds(1)));
		subscription.look(this.search, OVERLAP, 100);
		assertThat(this.emitter.ids).containsExactly(id("b", -599_000));
		verify(this.search).indexedSince(eq(this.filters), eq(last), isNull(), eq(100));
	}

	@Test
	void aFullPageIsFollowedBySearchAfterItsLastHit() throws IOException {
		Subscription subscription = new Subscription(this.emitter, this.filters, NOW, null);
		when(this.search.indexedSince(any(), any(), isNull(), anyInt())).thenReturn(List.of(hit("a", NOW)));
		// FieldValue has no equals: compare the search_after values one by one.
		when(this.search.indexedSince(any(), any(), argThat(after -> after != null
				&& after.get(0).longValue() == NOW.toEpochMilli() && after.get(1).stringValue().equals("a")), anyInt()))
			.thenReturn(List.of(hit("b", NOW.plusMillis(1))));
		subscription.look(this.search, OVERLAP, 1);
		assertThat(this.emitter.ids).containsExactly(id("a", 0), id("b", 1));
	}

	private void answer(Instant since, SearchResult.Hit... hits) {
		when(this.search.indexedSince(eq(this.filters), any(), isNull(), anyInt())).thenReturn(List.of(hits));
	}

	private static String id(String article, long millisAfterNow) {
		return (NOW.toEpochMilli() + millisAfterNow) + "-" + article;
	}

	private static SearchResult.Hit hit(String id, Instant indexedAt) {
		return new SearchResult.Hit(id, "https://news.example/" + id, "Title", "Site", null, List.of(), List.of(),
				List.of(), null, "en", null, indexedAt);
	}

	/** Keeps the ids of the events sent instead of writing them to a response. */
	static class RecordingEmitter extends SseEmitter {

		final List<String> ids = new ArrayList<>();

		@Override
		public void send(SseEventBuilder builder) {
			builder.build()
				.stream()
				.map(part -> part.getData().toString())
				.filter(text -> text.startsWith("id:"))
				.forEach(text -> this.ids.add(text.substring(3, text.indexOf('\n'))));
		}
	}
}
