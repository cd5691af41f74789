package news.eval.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submits pages through the ingest API's batch endpoint and follows each article until a search in Elasticsearch
 * finds it: submit→searchable is measured from just before the POST to the first poll that sees the document. A
 * poll looks up every pending id, which costs Elasticsearch about 11 ms of CPU per 1,500 ids on these machines:
 * polls come every {@value #POLL_MILLIS} ms while at most {@value #IDS_PER_FAST_POLL} are pending and less often
 * beyond (at most every second), so the harness takes a small, bounded share of the machine it measures. With a
 * rate, batches leave every 100 ms; without one, as fast as the pipeline takes them, keeping at most
 * {@code window} articles in flight.
 */
final class LoadRun {

	static final int POLL_MILLIS = 100;

	private static final int IDS_PER_FAST_POLL = 300;

	private static final int MAX_POLL_MILLIS = 1000;

	private static final int TICKS_PER_SECOND = 10;

	private static final int MAX_BATCH = 100;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Stack stack;

	private final PageServer server;

	private final HttpClient http = HttpClient.newHttpClient();

	/** Article id → nanos at submission; removed once searchable. */
	private final Map<String, Long> pending = new ConcurrentHashMap<>();

	private final List<Article> done = new ArrayList<>();

	private volatile int submitted;

	private final long start = System.nanoTime();

	/** One article's journey: when it was submitted and found, in ms since the run began. */
	record Article(String id, long submittedMs, long searchableMs) {
	}

	LoadRun(Stack stack, PageServer server) {
		this.stack = stack;
		this.server = server;
	}

	/**
	 * @param rate articles per second, or 0 for as fast as the pipeline goes
	 * @param idleLimit how long no article may become searchable before the rest are given up as lost
	 * @param progress called about once a second with a line to show
	 */
	Result run(int count, int rate, int window, Duration idleLimit, java.util.function.Consumer<String> progress)
			throws Exception {
		ProcessCpu cpuBefore = ProcessCpu.now(this.stack.pids());
		ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
		pollLater(poller);
		ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
		reporter.scheduleAtFixedRate(() -> progress.accept(progressLine(count)), 1, 1, TimeUnit.SECONDS);
		try {
			submitAll(count, rate, window);
			long lastProgress = System.nanoTime();
			int lastDone = -1;
			while (!this.pending.isEmpty() && System.nanoTime() - lastProgress < idleLimit.toNanos()) {
				Thread.sleep(POLL_MILLIS);
				int now = doneCount();
				if (now != lastDone) {
					lastDone = now;
					lastProgress = System.nanoTime();
				}
			}
		}
		finally {
			poller.shutdownNow();
			reporter.shutdownNow();
			poller.awaitTermination(5, TimeUnit.SECONDS);
		}
		ProcessCpu cpu = ProcessCpu.now(this.stack.pids()).since(cpuBefore);
		synchronized (this.done) {
			return new Result(List.copyOf(this.done), List.copyOf(this.pending.keySet()), elapsedMs(), cpu);
		}
	}

	/** The articles found, those never found, how long the run took and the CPU each process spent meanwhile. */
	record Result(List<Article> searchable, List<String> lost, long elapsedMs, ProcessCpu cpu) {
	}

	private void submitAll(int count, int rate, int window) throws Exception {
		int next = 0;
		long tick = System.nanoTime();
		while (next < count) {
			int batch;
			if (rate > 0) {
				// Whole articles per tick, carrying the remainder, so any rate is kept on average.
				int due = (int) ((long) rate * (elapsedMs() + 1) / 1000) - next;
				batch = Math.min(Math.max(due, 0), MAX_BATCH);
			}
			else {
				batch = Math.min(MAX_BATCH, window - this.pending.size());
			}
			batch = Math.min(batch, count - next);
			if (batch > 0) {
				submit(next, batch);
				next += batch;
			}
			tick += TimeUnit.SECONDS.toNanos(1) / TICKS_PER_SECOND;
			long sleep = tick - System.nanoTime();
			if (sleep > 0) {
				TimeUnit.NANOSECONDS.sleep(sleep);
			}
			else {
				tick = System.nanoTime();
			}
		}
	}

	private void submit(int first, int size) throws IOException, InterruptedException {
		List<String> urls = new ArrayList<>(size);
		for (int i = first; i < first + size; i++) {
			urls.add(this.server.url(i).toString());
		}
		long at = System.nanoTime();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.stack.ingestUrl() + "/api/articles/batch"))
			.header("Authorization", "Bearer " + this.stack.apiKey())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("urls", urls))))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 429) {
			// The API's per-key limit: wait as it asks and send the same batch again.
			Thread.sleep(1000);
			submit(first, size);
			return;
		}
		if (response.statusCode() != 202) {
			throw new IllegalStateException("submission refused: HTTP " + response.statusCode() + " " + response.body());
		}
		for (JsonNode accepted : JSON.readTree(response.body())) {
			this.pending.put(accepted.get("id").asString(), at);
		}
		this.submitted += size;
	}

	private void pollLater(ScheduledExecutorService poller) {
		long delay = Math.min(MAX_POLL_MILLIS, POLL_MILLIS * Math.max(1, this.pending.size() / IDS_PER_FAST_POLL));
		poller.schedule(() -> {
			poll();
			pollLater(poller);
		}, delay, TimeUnit.MILLISECONDS);
	}

	/** One search for every pending id: those found became searchable by now. */
	private void poll() {
		try {
			List<String> ids = new ArrayList<>(this.pending.keySet());
			for (int from = 0; from < ids.size(); from += 1000) {
				List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
				String query = JSON.writeValueAsString(Map.of("size", chunk.size(), "_source", false, "query",
						Map.of("ids", Map.of("values", chunk))));
				HttpRequest request = HttpRequest.newBuilder(URI.create(this.stack.esUrl() + "/news-articles/_search"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(query))
					.build();
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					continue;
				}
				long now = elapsedMs();
				for (JsonNode hit : JSON.readTree(response.body()).path("hits").path("hits")) {
					Long submittedAt = this.pending.remove(hit.get("_id").asString());
					if (submittedAt != null) {
						synchronized (this.done) {
							this.done.add(new Article(hit.get("_id").asString(),
									TimeUnit.NANOSECONDS.toMillis(submittedAt - this.start), now));
						}
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			System.err.println("poll failed: " + ex.getMessage());
		}
	}

	private int doneCount() {
		synchronized (this.done) {
			return this.done.size();
		}
	}

	private long elapsedMs() {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.start);
	}

	private String progressLine(int count) {
		int found = doneCount();
		int width = 30;
		int filled = count == 0 ? width : (int) ((long) width * found / count);
		return String.format("\r[%s%s] %d/%d searchable, %d submitted, %d in flight, %d s   ", "#".repeat(filled),
				".".repeat(width - filled), found, count, this.submitted, this.pending.size(), elapsedMs() / 1000);
	}

	/** Why some articles never became searchable: their status, counted. */
	Map<String, Integer> statusesOf(List<String> ids) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String id : ids) {
			String status;
			try {
				HttpRequest request = HttpRequest.newBuilder(URI.create(this.stack.esUrl() + "/news-status-v1/_doc/" + id)).build();
				JsonNode stages = JSON.readTree(this.http.send(request, HttpResponse.BodyHandlers.ofString()).body())
					.path("_source").path("stages");
				List<String> reached = new ArrayList<>();
				stages.properties().forEach(e -> reached.add(e.getKey() + "=" + e.getValue().path("outcome").asString()
						+ (e.getValue().path("reason").isString() ? " (" + e.getValue().path("reason").asString() + ")" : "")));
				status = reached.isEmpty() ? "no status" : String.join(", ", reached);
			}
			catch (Exception ex) {
				status = "status unreadable: " + ex.getMessage();
			}
			counts.merge(status, 1, Integer::sum);
		}
		return counts;
	}
}
