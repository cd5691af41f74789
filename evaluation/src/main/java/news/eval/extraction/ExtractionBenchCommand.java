package news.eval.extraction;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import news.eval.Command;
import news.eval.Environment;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./news bench-extraction <set dir> [--quick]}: the JMH {@link ExtractionBenchmark} over a set's pages, one
 * thread, one fork; prints pages per second with the load average, as the machine may be shared. Under
 * {@code taskset -c 0} the fork inherits the one core, and the JIT compiles on it too: on the Xeon hosts the scores
 * settled within a minute, on the slower EPYC host the first measured iteration after eight warm-up iterations still
 * ran at three quarters of the later ones (2026-11-28), hence fifteen.
 */
public final class ExtractionBenchCommand implements Command {

	@Override
	public String usage() {
		return "<set dir> [--quick]   JMH: extraction pages/s, one thread (ScrapingHub pages)";
	}

	@Override
	public int run(List<String> args) throws Exception {
		if (args.isEmpty() || args.size() > 2 || args.size() == 2 && !args.get(1).equals("--quick")) {
			System.err.println("usage: ./news bench-extraction " + usage());
			return 2;
		}
		boolean quick = args.size() == 2;
		String pages = Path.of(args.get(0)).toAbsolutePath().toString();
		Options options = new OptionsBuilder().include(ExtractionBenchmark.class.getName())
			.param("pages", pages)
			.threads(1)
			.forks(1)
			.warmupIterations(quick ? 2 : 15)
			.warmupTime(TimeValue.seconds(quick ? 3 : 10))
			.measurementIterations(quick ? 3 : 5)
			.measurementTime(TimeValue.seconds(quick ? 3 : 10))
			.jvmArgsAppend("-Xmx1g")
			.build();
		double before = Environment.loadAverage();
		Collection<RunResult> results = new Runner(options).run();
		double after = Environment.loadAverage();
		for (RunResult result : results) {
			var score = result.getPrimaryResult();
			System.out.printf(Locale.ROOT, "extraction: %.1f ± %.1f pages/s (one thread, JMH, %s)%n", score.getScore(),
					score.getScoreError(), pages);
		}
		System.out.printf(Locale.ROOT, "load average (1 min) before %.2f, after %.2f on %d cores%n", before, after,
				Runtime.getRuntime().availableProcessors());
		return 0;
	}

}
