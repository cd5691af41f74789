package news.search.stream;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.search.query.ArticleFilters;
import news.search.query.ArticleSearch;
import news.search.query.SearchResult;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: its filters and what it has been sent. Each look reads matching articles indexed since a
 * little before the newest one sent ({@code overlap}), in indexing order, and skips those already sent, so an
 * article that became searchable late is still delivered, once.
 */
class Subscription {

	/** Pages read per look: a subscriber far behind catches up over several looks, not one long one. */
	private static final int MAX_PAGES_PER_LOOK = 10;

	private final SseEmitter emitter;

	private final ArticleFilters filters;

	/** Nothing indexed before this is sent: the connection time, or the resumed position. */
	private final Instant floor;

	private Instant newest;

	/** Article id → indexedAt of what was sent within the overlap; a re-indexed article is sent again. */
	private final Map<String, Instant> sent = new HashMap<>();

	Subscription(SseEmitter emitter, ArticleFilters filters, Instant now, StreamPosition resumeAfter) {
		this.emitter = emitter;
		this.filters = filters;
		this.floor = resumeAfter != null ? resumeAfter.indexedAt() : now;
		this.newest = this.floor;
		if (resumeAfter != null) {
			this.sent.put(resumeAfter.id(), resumeAfter.indexedAt());
		}
	}

	/** @throws IOException when the client went away */
	void look(ArticleSearch search, Duration overlap, int batchSize) throws IOException {
		Instant since = later(this.floor, this.newest.minus(overlap));
		StreamPosition after = null;
		for (int page = 0; page < MAX_PAGES_PER_LOOK; page++) {
			List<SearchResult.Hit> hits = search.indexedSince(this.filters, since,
					after == null ? null : after.searchAfter(), batchSize);
			for (SearchResult.Hit hit : hits) {
				after = StreamPosition.of(hit.indexedAt(), hit.id());
				if (!after.indexedAt().equals(this.sent.get(hit.id()))) {
					send(hit, after);
				}
			}
			if (hits.size() < batchSize) {
				break;
			}
		}
		Instant forgetBefore = this.newest.minus(overlap);
		this.sent.values().removeIf(indexedAt -> indexedAt.isBefore(forgetBefore));
	}

	void heartbeat() throws IOException {
		this.emitter.send(SseEmitter.event().comment("keep-alive"));
	}

	private void send(SearchResult.Hit hit, StreamPosition position) throws IOException {
		this.emitter.send(SseEmitter.event()
			.id(position.eventId())
			.name("article")
			.data(hit, MediaType.APPLICATION_JSON));
		this.sent.put(hit.id(), position.indexedAt());
		this.newest = later(this.newest, position.indexedAt());
	}

	SseEmitter emitter() {
		return this.emitter;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}
}
