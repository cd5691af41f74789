package news.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Submits URLs over the HTTP API at a steady rate of new URLs, and sends each again, with growing pauses, until
 * it is accepted: a URL counts as accepted only when ingest answered 202 with its id. Refusals while ingest or
 * Kafka is down (connection refused, timeout, 503) are retried; a 4xx other than 429 would be a bug in the test
 * and is counted as refused. A URL still not accepted at the deadline is given up.
 */
final class Submitter implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Longer than ingest may take to answer while Kafka is down (its publish gives up within ~35 s). */
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(45);

	private static final long FIRST_RETRY_MILLIS = 500;

	private static final long MAX_RETRY_MILLIS = 8_000;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final ScheduledExecutorService threads = Executors.newScheduledThreadPool(16);

	private final String endpoint;

	private final String apiKey;

	private final List<String> urls;

	private final long deadlineNanos;

	/** URL index to the id ingest answered with. */
	private final Map<Integer, String> accepted = new ConcurrentHashMap<>();

	private final Set<Integer> refused = ConcurrentHashMap.newKeySet();

	private final Set<Integer> givenUp = ConcurrentHashMap.newKeySet();

	/** Answers other than 202 by kind (HTTP status or exception), to tell what the outages looked like. */
	private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

	private final AtomicInteger next = new AtomicInteger();

	private final CountDownLatch done;

	/** @param endpoint the submission URL; a restarted ingest keeps its port */
	Submitter(String endpoint, String apiKey, List<String> urls, Duration deadline) {
		this.endpoint = endpoint;
		this.apiKey = apiKey;
		this.urls = urls;
		this.deadlineNanos = System.nanoTime() + deadline.toNanos();
		this.done = new CountDownLatch(urls.size());
	}

	/** Starts submitting {@code perSecond} new URLs a second; returns at once. */
	void start(double perSecond) {
		long period = Math.round(1_000_000 / perSecond);
		this.threads.scheduleAtFixedRate(() -> {
			int n = this.next.getAndIncrement();
			if (n < this.urls.size()) {
				this.threads.execute(() -> attempt(n, FIRST_RETRY_MILLIS));
			}
		}, 0, period, TimeUnit.MICROSECONDS);
	}

	private void attempt(int n, long retryMillis) {
		String failure;
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.endpoint))
				.timeout(REQUEST_TIMEOUT)
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + this.apiKey)
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("url", this.urls.get(n)))))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 202) {
				this.accepted.put(n, JSON.readTree(response.body()).get("id").asString());
				this.done.countDown();
				return;
			}
			failure = "HTTP " + response.statusCode();
			if (response.statusCode() >= 400 && response.statusCode() < 500 && response.statusCode() != 429) {
				this.failures.computeIfAbsent(failure, f -> new LongAdder()).increment();
				this.refused.add(n);
				this.done.countDown();
				return;
			}
		}
		catch (IOException ex) {
			failure = ex.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		this.failures.computeIfAbsent(failure, f -> new LongAdder()).increment();
		if (System.nanoTime() > this.deadlineNanos) {
			this.givenUp.add(n);
			this.done.countDown();
			return;
		}
		this.threads.schedule(() -> attempt(n, Math.min(2 * retryMillis, MAX_RETRY_MILLIS)), retryMillis,
				TimeUnit.MILLISECONDS);
	}

	/** Waits until every URL is accepted, refused or given up. */
	void awaitAll() throws InterruptedException {
		this.done.await();
	}

	boolean finished() {
		return this.done.getCount() == 0;
	}

	int acceptedCount() {
		return this.accepted.size();
	}

	Set<String> acceptedIds() {
		return Set.copyOf(this.accepted.values());
	}

	int refusedCount() {
		return this.refused.size();
	}

	int givenUpCount() {
		return this.givenUp.size();
	}

	Map<String, Long> failures() {
		Map<String, Long> counts = new TreeMap<>();
		this.failures.forEach((kind, count) -> counts.put(kind, count.sum()));
		return counts;
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}
}
