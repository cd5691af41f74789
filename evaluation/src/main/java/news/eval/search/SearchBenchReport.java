package news.eval.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;

/** The report of one run, in Markdown: what ran where, the latency table, the overhead and the targets. */
final class SearchBenchReport {

	/** Issue 5's targets. */
	static final double MAX_API_P99_MS = 50;

	static final double MAX_OVERHEAD = 0.20;

	private final BenchSearchCommand.Options options;

	private final String args;

	private final String esVersion;

	private final long indexed;

	/** The kind of query {@code k} at index {@code k} ({@link QueryMix#KINDS}). */
	private final List<String> kindOf;

	private final long distinct;

	private final double loadBefore;

	private final double loadAfter;

	SearchBenchReport(BenchSearchCommand.Options options, String args, String esVersion, long indexed,
			List<String> kindOf, long distinct, double loadBefore, double loadAfter) {
		this.options = options;
		this.args = args;
		this.esVersion = esVersion;
		this.indexed = indexed;
		this.kindOf = kindOf;
		this.distinct = distinct;
		this.loadBefore = loadBefore;
		this.loadAfter = loadAfter;
	}

	String markdown(OpenLoop.Result api, OpenLoop.Result es) {
		double apiP99 = ms(api.latencies(), 99);
		double overhead99 = apiP99 / ms(es.latencies(), 99) - 1;
		double overhead50 = ms(api.latencies(), 50) / ms(es.latencies(), 50) - 1;
		Map<String, Long> kinds = this.kindOf.stream()
			.collect(Collectors.groupingBy(kind -> kind, TreeMap::new, Collectors.counting()));
		int total = this.kindOf.size();
		return String.format(Locale.ROOT, """
				### Search latency, %s

				Command: `./news bench-search%s`
				Machine: %s; Elasticsearch %s
				Corpus: %,d synthetic articles (seed %d) in a %,d-document index
				Load: %.0f queries/s to each path, %d s measured per path after %d s warm-up, in alternating %d s \
				blocks; load average %.2f before, %.2f after
				Mix: %s; %,d distinct searches of %,d (a repeated one may find its facets in Elasticsearch's \
				request cache)

				| path | queries | errors | p50 ms | p90 ms | p99 ms | max ms | achieved q/s | worst send lag ms |
				|---|---|---|---|---|---|---|---|---|
				%s
				%s

				By kind of search (measured queries; the slowest kinds make the p99):

				| kind | queries | API p50 ms | API p99 ms | Elasticsearch p50 ms | Elasticsearch p99 ms |
				|---|---|---|---|---|---|
				%s

				Overhead of the API over Elasticsearch: p50 %+.0f %%, p99 %+.0f %%.
				Targets: API p99 ≤ %.0f ms — %s; overhead ≤ %.0f %% — %s.
				%s%s""", Instant.now().truncatedTo(ChronoUnit.SECONDS), this.args.isEmpty() ? "" : " " + this.args,
				machine(), this.esVersion, this.options.articles, this.options.seed, this.indexed, this.options.rate,
				this.options.seconds, this.options.warmup, this.options.block, this.loadBefore, this.loadAfter,
				kinds.entrySet()
					.stream()
					.map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), 100.0 * e.getValue() / total))
					.collect(Collectors.joining(", ")),
				this.distinct, total, row("search API", api), row("Elasticsearch", es),
				byKind(api, es), overhead50 * 100, overhead99 * 100, MAX_API_P99_MS,
				apiP99 <= MAX_API_P99_MS ? "met" : "**not met**", MAX_OVERHEAD * 100,
				// Failed requests end at the timeout on both paths: their ratio says nothing about the API.
				api.errors() + es.errors() > 0 ? "**not judged: requests failed**"
						: overhead99 <= MAX_OVERHEAD && overhead50 <= MAX_OVERHEAD ? "met" : "**not met**",
				firstError("search API", api), firstError("Elasticsearch", es));
	}

	private String byKind(OpenLoop.Result api, OpenLoop.Result es) {
		Map<String, List<Histogram>> kinds = new TreeMap<>();
		for (int k = 0; k < this.kindOf.size(); k++) {
			List<Histogram> pair = kinds.computeIfAbsent(this.kindOf.get(k),
					kind -> List.of(new Histogram(3), new Histogram(3)));
			record(pair.get(0), api.byQuery()[k]);
			record(pair.get(1), es.byQuery()[k]);
		}
		return kinds.entrySet()
			.stream()
			.map(e -> String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f |", e.getKey(),
					e.getValue().get(0).getTotalCount(), ms(e.getValue().get(0), 50), ms(e.getValue().get(0), 99),
					ms(e.getValue().get(1), 50), ms(e.getValue().get(1), 99)))
			.collect(Collectors.joining("\n"));
	}

	private static void record(Histogram histogram, long micros) {
		if (micros >= 0) {
			histogram.recordValue(micros);
		}
	}

	private static String firstError(String path, OpenLoop.Result result) {
		return result.firstError() == null ? ""
				: String.format(Locale.ROOT, "%nErrors through %s, the first: %s%n", path, result.firstError());
	}

	private static String row(String path, OpenLoop.Result result) {
		Histogram h = result.latencies();
		return String.format(Locale.ROOT, "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |", path,
				h.getTotalCount(), result.errors(), ms(h, 50), ms(h, 90), ms(h, 99), h.getMaxValue() / 1000.0,
				result.achievedRate(), result.maxSendLagMicros() / 1000.0);
	}

	private static double ms(Histogram h, double percentile) {
		return h.getValueAtPercentile(percentile) / 1000.0;
	}

	/** Processors, CPU model, memory, OS and JVM of the machine that ran the load (and, here, everything else). */
	static String machine() {
		String cpu = "";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(l -> l.startsWith("model name"))
				.findFirst()
				.map(l -> " (" + l.substring(l.indexOf(':') + 1).strip() + ")")
				.orElse("");
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux: the processor count is enough.
		}
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		return String.format(Locale.ROOT, "%d processors%s, %.0f GiB, %s %s, Java %s",
				Runtime.getRuntime().availableProcessors(), cpu, memory / (double) (1L << 30),
				System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
	}
}
