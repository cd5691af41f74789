package news.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * {@code ./news crash-test}: pushes articles through the three packaged services on a stack of its own while
 * it kills -9 each service in turn and the Kafka broker once, restarting each after a pause; then checks that
 * every accepted article is indexed exactly once and nothing else is (issue 6). Exits 1 on any loss, duplicate,
 * extra document or dead letter. Options: {@code --articles 5000 --rate 40 --hosts 500 --pause 5 --drain 300}.
 */
public final class CrashTest {

	private static final String API_KEY = "crash-" + UUID.randomUUID();

	private static final List<String> VICTIMS = List.of("ingest", "enrich", "search", "kafka");

	private final int articles;

	private final double rate;

	private final int hosts;

	private final Duration pause;

	private final Duration drainTimeout;

	private final List<String> kills = new ArrayList<>();

	private CrashTest(Map<String, String> options) {
		this.articles = Integer.parseInt(options.getOrDefault("articles", "5000"));
		this.rate = Double.parseDouble(options.getOrDefault("rate", "40"));
		this.hosts = Integer.parseInt(options.getOrDefault("hosts", String.valueOf(Math.max(1, this.articles / 10))));
		this.pause = Duration.ofSeconds(Long.parseLong(options.getOrDefault("pause", "5")));
		this.drainTimeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("drain", "300")));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		boolean passed = new CrashTest(options).run();
		System.exit(passed ? 0 : 1);
	}

	private boolean run() throws Exception {
		long started = System.nanoTime();
		// Wildcard address: the server answers every 127.x.y.z the site's URLs use.
		try (var server = new PagesServer(new InetSocketAddress(0), CrashSite::page);
				var pipeline = PipelineProcesses.start(API_KEY,
						// Retried submissions arrive in a burst when ingest is back: no per-key limit in the way.
						Map.of("NEWS_INGEST_API_SUBMISSIONSPERSECOND", "100000"));
				var kafka = new KafkaProbe(PipelineProcesses.required("NEWS_KAFKA_BOOTSTRAP"))) {
			var site = new CrashSite(this.hosts, server.port());
			List<String> urls = IntStream.range(0, this.articles).mapToObj(site::url).toList();
			say("crash test: %d articles at %.0f/s over %d hosts; services up in %d s", this.articles, this.rate,
					this.hosts, seconds(started));
			try (var submitter = new Submitter(pipeline.ingest.baseUrl() + "/api/articles", API_KEY, urls,
					Duration.ofMinutes(15))) {
				long submitting = System.nanoTime();
				submitter.start(this.rate);
				crash(pipeline, submitter);
				submitter.awaitAll();
				say("submitted in %d s", seconds(submitting));
				long draining = System.nanoTime();
				boolean idle = awaitIdle(kafka, new IndexAudit(PipelineProcesses.required("NEWS_ES_URL")));
				say("pipeline %s after %d s", idle ? "idle" : "NOT idle", seconds(draining));
				return verdict(submitter, kafka, idle, started);
			}
			finally {
				for (ServiceProcess service : List.of(pipeline.ingest, pipeline.enrich, pipeline.search)) {
					say("log of %s: %s", service, service.log());
				}
			}
		}
	}

	/**
	 * ingest, enrich, search, then the broker, each at the next fifth of the accepted articles (a victim left
	 * alive because the submissions ended early fails the test).
	 */
	private void crash(PipelineProcesses pipeline, Submitter submitter) throws Exception {
		for (int i = 0; i < VICTIMS.size(); i++) {
			int at = this.articles * (i + 1) / (VICTIMS.size() + 1);
			while (submitter.acceptedCount() < at) {
				if (submitter.finished()) {
					return;
				}
				Thread.sleep(200);
			}
			long killed = System.nanoTime();
			switch (VICTIMS.get(i)) {
				case "ingest" -> pipeline.ingest = killAndRestart(pipeline.ingest);
				case "enrich" -> pipeline.enrich = killAndRestart(pipeline.enrich);
				case "search" -> pipeline.search = killAndRestart(pipeline.search);
				default -> killAndRestartKafka();
			}
			this.kills.add("%s at %d accepted (back in %d s)".formatted(VICTIMS.get(i), at, seconds(killed)));
			say("killed -9 and restarted %s", this.kills.get(this.kills.size() - 1));
		}
	}

	private ServiceProcess killAndRestart(ServiceProcess service) throws Exception {
		service.kill();
		Thread.sleep(this.pause.toMillis());
		return service.restart();
	}

	/** The broker's PID is in the stack's PID file; {@code stack/infra up} starts it again, as {@code ./news} does. */
	private void killAndRestartKafka() throws Exception {
		Path pidFile = Path.of(PipelineProcesses.required("NEWS_STACK_DIR"), "kafka", "kafka.pid");
		ProcessHandle broker = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
			.orElseThrow(() -> new IllegalStateException("Kafka is not running (" + pidFile + ")"));
		broker.destroyForcibly();
		broker.onExit().join();
		Thread.sleep(this.pause.toMillis());
		Process up = new ProcessBuilder(Path.of("..", "stack", "infra").toString(), "up").inheritIO().start();
		if (up.waitFor() != 0) {
			throw new IllegalStateException("stack/infra up failed after killing Kafka");
		}
	}

	/** Idle: no consumer lag, and the index count unchanged between two looks a few seconds apart. */
	private boolean awaitIdle(KafkaProbe kafka, IndexAudit index) throws Exception {
		long deadline = System.nanoTime() + this.drainTimeout.toNanos();
		long previous = -1;
		while (System.nanoTime() < deadline) {
			long lag;
			long count;
			try {
				lag = kafka.lag();
				count = index.count();
			}
			catch (Exception ex) {
				say("not idle yet: %s", ex.getMessage());
				lag = -1;
				count = -1;
			}
			if (lag == 0 && count == previous) {
				return true;
			}
			previous = lag == 0 ? count : -1;
			Thread.sleep(3_000);
		}
		return false;
	}

	private boolean verdict(Submitter submitter, KafkaProbe kafka, boolean idle, long started) throws Exception {
		Set<String> accepted = submitter.acceptedIds();
		var index = new IndexAudit(PipelineProcesses.required("NEWS_ES_URL"));
		long documents = index.count();
		Map<String, Integer> perId = index.documentsPerId();
		long duplicates = perId.values().stream().mapToLong(n -> n - 1).sum();
		Set<String> missing = new HashSet<>(accepted);
		missing.removeAll(perId.keySet());
		Set<String> extra = new HashSet<>(perId.keySet());
		extra.removeAll(accepted);
		Map<String, Long> deadLetters = kafka.deadLetterCounts();

		say("");
		say("kills:      %s", String.join("; ", this.kills));
		say("accepted:   %d of %d URLs (refused %d, given up %d); answers other than 202: %s", accepted.size(),
				this.articles, submitter.refusedCount(), submitter.givenUpCount(), submitter.failures());
		say("indexed:    %d documents, %d distinct ids", documents, perId.size());
		say("duplicates: %d   missing: %d   extra: %d   dead letters: %s", duplicates, missing.size(), extra.size(),
				deadLetters.isEmpty() ? "none" : deadLetters);
		missing.stream().limit(5).forEach(id -> say("  missing %s", id));
		extra.stream().limit(5).forEach(id -> say("  extra %s", id));
		for (String topic : deadLetters.keySet()) {
			kafka.deadLetters(topic, 5).forEach(record -> say("  %s: %s", topic, record));
		}
		say("time:       %d s; load average %s", seconds(started), loadAverage());
		boolean everyoneKilled = this.kills.size() == VICTIMS.size();
		boolean everyUrlAnswered = submitter.refusedCount() == 0
				&& accepted.size() + submitter.givenUpCount() == this.articles;
		boolean exactlyOnce = documents == accepted.size() && perId.size() == accepted.size() && duplicates == 0
				&& missing.isEmpty() && extra.isEmpty();
		boolean passed = idle && everyoneKilled && everyUrlAnswered && exactlyOnce && deadLetters.isEmpty();
		say(passed ? "PASSED: every accepted article indexed exactly once, nothing else"
				: "FAILED: articles lost, duplicated or let in (see above)");
		return passed;
	}

	private static String loadAverage() throws IOException {
		return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
	}

	private static long seconds(long sinceNanos) {
		return Duration.ofNanos(System.nanoTime() - sinceNanos).toSeconds();
	}

	private static void say(String format, Object... args) {
		System.out.println(format.formatted(args));
	}
}
