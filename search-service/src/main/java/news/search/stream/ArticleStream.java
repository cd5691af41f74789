package news.search.stream;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import news.search.index.ArticleIndexed;
import news.search.query.ArticleFilters;
import news.search.query.ArticleSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open streams and the one thread that feeds them: every poll interval while this instance is indexing (an
 * {@link ArticleIndexed} was seen within the last overlap), every idle poll interval otherwise, each subscription
 * looks for matching articles indexed since the newest it was sent.
 */
@Service
public class ArticleStream implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ArticleStream.class);

	private final ArticleSearch search;

	private final StreamProperties properties;

	private final Clock clock = Clock.systemUTC();

	private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "article-stream");
		thread.setDaemon(true);
		return thread;
	});

	private volatile Instant busyUntil = Instant.MIN;

	private Instant lastLook = Instant.MIN;

	private Instant lastHeartbeat = Instant.MIN;

	ArticleStream(ArticleSearch search, StreamProperties properties) {
		this.search = search;
		this.properties = properties;
		long period = properties.pollInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
	}

	/**
	 * @param resumeAfter the Last-Event-ID the client sent, to replay what was indexed after it; null to start now
	 * @return null when the instance already serves its maximum of streams
	 */
	public SseEmitter subscribe(ArticleFilters filters, StreamPosition resumeAfter) throws IOException {
		if (this.subscriptions.size() >= this.properties.maxSubscribers()) {
			return null;
		}
		SseEmitter emitter = new SseEmitter(this.properties.timeout().toMillis());
		Subscription subscription = new Subscription(emitter, filters, this.clock.instant(), resumeAfter);
		emitter.onCompletion(() -> this.subscriptions.remove(subscription));
		emitter.onTimeout(emitter::complete);
		emitter.onError(ex -> this.subscriptions.remove(subscription));
		// Sent at once so the client knows it is connected; the browser waits this long before reconnecting.
		emitter.send(SseEmitter.event().reconnectTime(3_000).comment("connected"));
		this.subscriptions.add(subscription);
		// Catch up (or start) right away rather than at the next idle look.
		this.executor.execute(() -> look(List.of(subscription)));
		return emitter;
	}

	@EventListener
	void onIndexed(ArticleIndexed event) {
		this.busyUntil = this.clock.instant().plus(this.properties.overlap());
	}

	private void tick() {
		if (this.subscriptions.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		if (now.isBefore(this.busyUntil) || !now.isBefore(this.lastLook.plus(this.properties.idlePollInterval()))) {
			this.lastLook = now;
			look(this.subscriptions);
		}
		if (!now.isBefore(this.lastHeartbeat.plus(this.properties.heartbeat()))) {
			this.lastHeartbeat = now;
			this.subscriptions.forEach(this::heartbeat);
		}
	}

	private void look(List<Subscription> subscriptions) {
		for (Subscription subscription : subscriptions) {
			try {
				subscription.look(this.search, this.properties.overlap(), this.properties.batchSize());
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away (or the emitter completed): forget it.
				drop(subscription);
			}
			catch (RuntimeException ex) {
				// Elasticsearch unreachable or refusing: keep the stream, try again at the next look.
				log.warn("stream look failed: {}", ex.toString());
			}
		}
	}

	private void heartbeat(Subscription subscription) {
		try {
			subscription.heartbeat();
		}
		catch (IOException | IllegalStateException ex) {
			drop(subscription);
		}
	}

	private void drop(Subscription subscription) {
		this.subscriptions.remove(subscription);
		subscription.emitter().complete();
	}

	int size() {
		return this.subscriptions.size();
	}

	/**
	 * Ends every open stream as soon as shutdown begins: an open event stream is a request that never finishes,
	 * and the web server's graceful shutdown would otherwise wait its whole timeout for it. Clients reconnect
	 * with Last-Event-ID and miss nothing.
	 */
	@EventListener(ContextClosedEvent.class)
	void endStreamsOnShutdown() {
		this.subscriptions.forEach(s -> s.emitter().complete());
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
		this.subscriptions.forEach(s -> s.emitter().complete());
	}
}
