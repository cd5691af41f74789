package news.eval.enrichment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import news.enrich.tag.ArticleTagger;
import news.eval.Command;
import news.eval.Environment;

/**
 * {@code ./news bench-enrichment [file or folder]}: {@link EnrichmentBenchmark} in a forked JVM, one thread, and
 * the load average before and after (the machine may be shared); then articles per CPU-second of the tagging
 * thread in this JVM, which a shared machine disturbs less.
 */
public final class BenchEnrichmentCommand implements Command {

	private static final long CPU_WARMUP_NANOS = 10_000_000_000L;

	private static final long CPU_MEASURE_NANOS = 10_000_000_000L;

	/** Keeps the tagging from being optimised away. */
	private static volatile int sink;

	@Override
	public String usage() {
		return "[file|dir]    JMH: articles/s of the taggers on one thread (default: the gold texts joined to ~4 KB)";
	}

	@Override
	public int run(List<String> args) throws Exception {
		if (args.size() > 1) {
			System.err.println("usage: ./news bench-enrichment " + usage());
			return 2;
		}
		Path source = Path.of(args.isEmpty() ? EnrichmentBenchmark.DEFAULT_SOURCE : args.get(0)).toAbsolutePath();
		String article = EnrichmentBenchmark.article(source);
		System.out.printf("article: %s, %d characters, %d bytes UTF-8%n", source, article.length(),
				article.getBytes(StandardCharsets.UTF_8).length);
		double loadBefore = Environment.loadAverage();
		Options options = new OptionsBuilder().include(EnrichmentBenchmark.class.getName() + ".tag")
			.param("source", source.toString())
			.forks(1)
			.threads(1)
			.warmupIterations(5)
			.warmupTime(TimeValue.seconds(2))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(2))
			.build();
		Collection<RunResult> results = new Runner(options).run();
		double loadAfter = Environment.loadAverage();
		for (RunResult result : results) {
			var score = result.getPrimaryResult();
			System.out.printf("enrichment: %.0f ± %.0f articles/s (1 thread, %d processors, load average %.2f before, "
					+ "%.2f after)%n", score.getScore(), score.getScoreError(),
					Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
		}
		cpuTime(article);
		return 0;
	}

	/**
	 * Articles per second of CPU time of the tagging thread, in this JVM after a warm-up: on a shared machine,
	 * closer to what one free core does than the wall-clock throughput.
	 */
	private static void cpuTime(String article) {
		ArticleTagger tagger = new ArticleTagger();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		runFor(tagger, article, CPU_WARMUP_NANOS, threads);
		long[] measured = runFor(tagger, article, CPU_MEASURE_NANOS, threads);
		System.out.printf("enrichment: %.0f articles per CPU-second of the tagging thread (%d articles, %.1f s CPU, "
				+ "%.1f s wall)%n", measured[0] / (measured[1] / 1e9), measured[0], measured[1] / 1e9,
				measured[2] / 1e9);
	}

	/** Tags the article until {@code nanos} of thread CPU time have passed: {articles, cpu ns, wall ns}. */
	private static long[] runFor(ArticleTagger tagger, String article, long nanos, ThreadMXBean threads) {
		long cpu0 = threads.getCurrentThreadCpuTime();
		long wall0 = System.nanoTime();
		long count = 0;
		long cpu = 0;
		while (cpu < nanos) {
			sink ^= tagger.tag(null, article).figures().size();
			count++;
			cpu = threads.getCurrentThreadCpuTime() - cpu0;
		}
		return new long[] { count, cpu, System.nanoTime() - wall0 };
	}

}
