package news.eval.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import news.eval.Command;
import news.eval.Environment;

/**
 * {@code ./news soak}: the load benchmark's pipeline run at a steady rate for a long time, memory of every process
 * sampled. Passes when the pipeline kept up (sustained throughput at least {@value #KEEP_UP} × the offered rate: a
 * pipeline falling behind is not carrying that rate, however long it takes to drain), every article became
 * searchable and memory stayed flat: after the warm-up, for every process, the median anonymous RSS outside the heap
 * ({@link ProcessMemory}) of the last quarter is at most {@code tolerance} × that of the first quarter, and every
 * JVM's live heap ({@link LiveHeap}) near the end is at most {@code tolerance} × that just after the warm-up. Not the
 * whole RSS, which grows without a leak as G1 commits heap within {@code -Xmx} and as a process maps the files it
 * holds. The live heap answers for leaks in the heap, the anonymous memory outside it for native ones.
 */
public final class SoakCommand implements Command {

	private static final Map<String, String> DEFAULTS = Map.ofEntries(Map.entry("rate", "50"),
			Map.entry("seconds", "600"), Map.entry("warm-up", "60"), Map.entry("warm-up-articles", "2000"),
			Map.entry("warm-up-rounds", "8"), Map.entry("compilers-quiet", "0.1"), Map.entry("sample-seconds", "5"),
			Map.entry("tolerance", "1.15"), Map.entry("out", "docs/bench"), Map.entry("name", "soak"));

	/** Articles in flight during the warm-up, as in {@code ./news bench}. */
	private static final int WARM_UP_WINDOW = 1500;

	private static final double KEEP_UP = 0.95;

	/** Some live heaps are small (21–25 MB in enrich and search): a few MB of slack keep 21 MB turning 25 from failing. */
	private static final double HEAP_SLACK_MB = 16;

	@Override
	public String usage() {
		return "[--rate 50] [--seconds 600] [--warm-up-articles 2000] [--warm-up-rounds 8] [--compilers-quiet 0.1]"
				+ " [--warm-up 60] [--tolerance 1.15] [--out docs/bench]"
				+ "   steady load; "
				+ "fails unless the pipeline keeps up, nothing is lost and memory stays flat";
	}

	@Override
	public int run(List<String> args) throws Exception {
		LoadOptions options = new LoadOptions(args, DEFAULTS);
		Stack stack = Stack.fromEnvironment();
		int rate = options.integer("rate");
		int count = (int) (rate * options.seconds("seconds").toSeconds());
		double loadBefore = Environment.loadAverage();
		String warmUp = warmUp(stack, options.integer("warm-up-articles"), options.integer("warm-up-rounds"),
				options.decimal("compilers-quiet"));
		PageGenerator pages = new PageGenerator(System.currentTimeMillis());
		long warmUpSeconds = options.seconds("warm-up").toSeconds();
		// Measured while the load runs: once the warm-up is over, and shortly before the last article is submitted.
		CompletableFuture<Map<String, LiveHeap.Result>> liveFirst = CompletableFuture.supplyAsync(
				() -> LiveHeap.measure(stack.pids()), CompletableFuture.delayedExecutor(warmUpSeconds, TimeUnit.SECONDS));
		CompletableFuture<Map<String, LiveHeap.Result>> liveLast = CompletableFuture.supplyAsync(
				() -> LiveHeap.measure(stack.pids()), CompletableFuture.delayedExecutor(
						Math.max(warmUpSeconds + 1, count / rate - 15), TimeUnit.SECONDS));
		try (PageServer server = new PageServer(pages, 1);
				MemoryLog memory = new MemoryLog(new MemorySampler(stack), options.seconds("sample-seconds"))) {
			System.err.printf("Soak: %d articles at %d/s ...%n", count, rate);
			LoadRun.Result result = new LoadRun(stack, server).run(count, rate, Integer.MAX_VALUE,
					Duration.ofSeconds(60), System.err::print);
			System.err.println();
			memory.close();
			RunFiles files = new RunFiles(options.path("out"), options.text("name"));
			files.writeRun(result);
			files.writeMemory(memory);
			StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "# %s: %d articles at %d/s%n%n",
					options.text("name"), count, rate));
			report.append(warmUp).append(BenchCommand.summary(Map.of(), result, memory, loadBefore));
			List<String> failures = new ArrayList<>();
			double sustained = BenchCommand.sustained(result);
			if (!(sustained >= KEEP_UP * rate)) {
				failures.add(String.format(Locale.ROOT, "the pipeline sustained %.1f articles/s of the %d/s offered",
						sustained, rate));
			}
			if (!result.lost().isEmpty()) {
				failures.add(result.lost().size() + " articles never became searchable");
			}
			Map<String, LiveHeap.Result> first = liveFirst.join();
			Map<String, LiveHeap.Result> last = liveLast.join();
			report.append("\n| process | RSS first quarter | RSS last quarter | anonymous outside the heap, first quarter | "
					+ "anonymous outside the heap, last quarter | live heap after warm-up | live heap at the end |\n"
					+ "|---|---|---|---|---|---|---|\n");
			List<MemoryLog.Sample> samples = memory.samples()
				.stream()
				.filter(s -> s.seconds() >= warmUpSeconds)
				.toList();
			double tolerance = options.decimal("tolerance");
			for (String process : samples.isEmpty() ? List.<String>of() : samples.get(0).usage().keySet()) {
				double rssFirst = median(quarter(samples, process, 0, MemorySampler.Usage::rssMb));
				double rssLast = median(quarter(samples, process, 3, MemorySampler.Usage::rssMb));
				double outsideFirst = median(quarter(samples, process, 0, MemorySampler.Usage::outsideHeapMb));
				double outsideLast = median(quarter(samples, process, 3, MemorySampler.Usage::outsideHeapMb));
				LiveHeap.Result heapFirst = first.getOrDefault(process, new LiveHeap.Result(-1, "not running"));
				LiveHeap.Result heapLast = last.getOrDefault(process, new LiveHeap.Result(-1, "not running"));
				report.append(String.format(Locale.ROOT, "| %s | %.0f MB | %.0f MB | %.0f MB | %.0f MB | %s | %s |%n",
						process, rssFirst, rssLast, outsideFirst, outsideLast, shown(heapFirst), shown(heapLast)));
				if (outsideLast > outsideFirst * tolerance) {
					failures.add(process + " anonymous RSS outside the heap grew from " + RunFiles.mb(outsideFirst) + " to "
							+ RunFiles.mb(outsideLast));
				}
				if (!heapFirst.known() || !heapLast.known()) {
					failures.add(process + " live heap unknown: "
							+ (heapFirst.known() ? heapLast.problem() : heapFirst.problem()));
				}
				else if (heapLast.mb() > heapFirst.mb() * tolerance + HEAP_SLACK_MB) {
					failures.add(process + " live heap grew from " + RunFiles.mb(heapFirst.mb()) + " to "
							+ RunFiles.mb(heapLast.mb()));
				}
			}
			if (samples.size() < 8) {
				failures.add("only " + samples.size() + " memory samples after the warm-up: run longer");
			}
			report.append(String.format(Locale.ROOT, "%nRule: sustained throughput ≥ %.2f × the offered rate; after %d s "
					+ "of warm-up, last-quarter median anonymous RSS outside the heap's address range (no mapped files, no "
					+ "heap) ≤ %.2f × first-quarter median; live heap (objects left by a full "
					+ "collection, `jcmd GC.class_histogram`) near the end ≤ %.2f × that after the warm-up + %.0f MB; every article "
					+ "searchable.%n", KEEP_UP, warmUpSeconds, tolerance, tolerance, HEAP_SLACK_MB));
			report.append(failures.isEmpty() ? "\nResult: **kept up, flat, nothing lost**.\n" : "\nResult: **FAILED**: "
					+ String.join("; ", failures) + ".\n");
			files.write(".md", report.toString());
			System.out.print(report);
			return failures.isEmpty() ? 0 : 1;
		}
	}

	private static double[] quarter(List<MemoryLog.Sample> samples, String process, int which,
			ToDoubleFunction<MemorySampler.Usage> value) {
		int size = samples.size() / 4;
		return samples.subList(which * size, which * size + size)
			.stream()
			.map(s -> s.usage().get(process))
			.filter(u -> u != null && value.applyAsDouble(u) >= 0)
			.mapToDouble(value)
			.toArray();
	}

	/**
	 * A stack that has just started spends its first minutes compiling (the JIT): on two cores it makes articles
	 * searchable at 5–20/s at first and at full speed only once the compilers have done most of their work
	 * (docs/BENCHMARKS.md). The soak is about the steady state, so it starts after rounds of {@code articles} as fast
	 * as the pipeline takes them, on pages of their own (another server, so other URLs and ids), until the compiler
	 * threads took at most {@code quietShare} of the stack's CPU during a round, or {@code maxRounds} rounds. A fixed
	 * number of articles was not enough: how long compiling lasts depends on the machine (4,000 articles left a stack
	 * half-compiled on a slower one). Says what the warm-up took, for the report.
	 */
	private static String warmUp(Stack stack, int articles, int maxRounds, double quietShare) throws Exception {
		if (articles <= 0 || maxRounds <= 0) {
			return "";
		}
		List<String> rounds = new ArrayList<>();
		long millis = 0;
		double share;
		do {
			System.err.printf("Warm-up round %d: %d articles as fast as the pipeline takes them ...%n",
					rounds.size() + 1, articles);
			CompilerTime before = CompilerTime.of(stack.pids().values());
			LoadRun.Result result = warmUpRound(stack, articles);
			share = CompilerTime.of(stack.pids().values()).since(before).share();
			millis += result.elapsedMs();
			rounds.add(String.format(Locale.ROOT, "%.0f/s with %.0f %%", BenchCommand.sustained(result), 100 * share));
		}
		while (share > quietShare && rounds.size() < maxRounds);
		return String.format(Locale.ROOT, "Warm-up before the soak: %d rounds of %d articles as fast as the pipeline "
				+ "took them, %.0f s in all, until the JIT compilers took at most %.0f %% of the stack's CPU in a round "
				+ "(at most %d rounds): %s.%n%n", rounds.size(), articles, millis / 1000.0, 100 * quietShare, maxRounds,
				String.join("; ", rounds));
	}

	private static LoadRun.Result warmUpRound(Stack stack, int articles) throws Exception {
		try (PageServer server = new PageServer(new PageGenerator(System.nanoTime()), 1)) {
			LoadRun.Result result = new LoadRun(stack, server).run(articles, 0, WARM_UP_WINDOW, Duration.ofSeconds(60),
					System.err::print);
			System.err.println();
			if (!result.lost().isEmpty()) {
				throw new IllegalStateException(result.lost().size() + " warm-up articles never became searchable");
			}
			return result;
		}
	}

	private static double median(double[] values) {
		if (values.length == 0) {
			return -1;
		}
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String shown(LiveHeap.Result heap) {
		return heap.known() ? RunFiles.mb(heap.mb()) : "n/a";
	}
}
