package news.eval.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.eval.Command;
import news.eval.Environment;

/**
 * {@code ./news bench}: each stage alone on the generated pages and the ceiling they imply together, then the
 * whole pipeline on the same kind of pages; prints the report and writes it with CSV files and plots.
 */
public final class BenchCommand implements Command {

	private static final Map<String, String> DEFAULTS = Map.of("articles", "3000", "rate", "0", "window", "1500",
			"stage-seconds", "10", "out", "docs/bench", "name", "bench", "pages-per-host", "1", "stages", "true");

	@Override
	public String usage() {
		return "[--articles 3000] [--rate 0=max] [--window 1500] [--stage-seconds 10] [--stages true] [--out docs/bench]"
				+ " [--name bench]   end-to-end load benchmark against the running stack";
	}

	@Override
	public int run(List<String> args) throws Exception {
		LoadOptions options = new LoadOptions(args, DEFAULTS);
		Stack stack = Stack.fromEnvironment();
		int count = options.integer("articles");
		StringBuilder report = new StringBuilder();
		double loadBefore = Environment.loadAverage();
		report.append(String.format(Locale.ROOT, "# %s: %d articles, rate %s, %s%n%n", options.text("name"), count,
				options.integer("rate") == 0 ? "as fast as the pipeline takes them" : options.integer("rate") + "/s",
				Instant.now()));
		report.append(String.format(Locale.ROOT, "Machine: %d processors, load average %.2f at start.%n%n",
				Runtime.getRuntime().availableProcessors(), loadBefore));
		PageGenerator pages = new PageGenerator(System.currentTimeMillis());
		try (PageServer server = new PageServer(pages, options.integer("pages-per-host"));
				MemoryLog memory = new MemoryLog(new MemorySampler(stack), Duration.ofSeconds(2))) {
			Map<String, Double> stages = Map.of();
			if (Boolean.parseBoolean(options.text("stages"))) {
				System.err.println("Measuring each stage alone (" + options.integer("stage-seconds") + " s each) ...");
				StageRates rates = new StageRates(server, pages, stack, options.seconds("stage-seconds"), count, 200);
				report.append(String.format(Locale.ROOT, "Pages: %d KB on average around articles of %.1f KB.%n%n",
						rates.meanPageBytes() / 1024, rates.meanArticleBytes() / 1024.0));
				stages = rates.measure();
			}
			System.err.println("Running the pipeline ...");
			LoadRun run = new LoadRun(stack, server);
			LoadRun.Result result = run.run(count, options.integer("rate"), options.integer("window"),
					Duration.ofSeconds(60), System.err::print);
			System.err.println();
			RunFiles files = new RunFiles(options.path("out"), options.text("name"));
			files.writeRun(result);
			files.writeMemory(memory);
			report.append(summary(stages, result, memory, loadBefore));
			if (!result.lost().isEmpty()) {
				report.append("\nNot searchable, by status:\n");
				run.statusesOf(result.lost()).forEach((status, n) -> report.append("- ").append(n).append(" × ")
					.append(status).append('\n'));
			}
			report.append("\nFiles: ");
			files.written().forEach(f -> report.append(f.getFileName()).append(' '));
			report.append('\n');
			files.write(".md", report.toString());
			System.out.print(report);
			return result.lost().isEmpty() ? 0 : 1;
		}
	}

	/** The stage rates, their ceiling and the pipeline side by side; latency; memory. */
	static String summary(Map<String, Double> stages, LoadRun.Result result, MemoryLog memory, double loadBefore) {
		StringBuilder out = new StringBuilder("| stage | articles/s |\n|---|---|\n");
		double inverse = 0;
		for (var stage : stages.entrySet()) {
			out.append(String.format(Locale.ROOT, "| %s alone | %.0f |%n", stage.getKey(), stage.getValue()));
			inverse += 1 / stage.getValue();
		}
		double ceiling = stages.isEmpty() ? Double.NaN : 1 / inverse;
		double sustained = sustained(result);
		if (!stages.isEmpty()) {
			out.append(String.format(Locale.ROOT, "| **ceiling** 1/Σ(1/rate) | **%.0f** |%n", ceiling));
		}
		out.append(stages.isEmpty()
				? String.format(Locale.ROOT, "| **pipeline**, sustained | **%.0f** |%n%n", sustained)
				: String.format(Locale.ROOT, "| **pipeline**, sustained | **%.0f** (%.2f × ceiling) |%n%n", sustained,
						sustained / ceiling));
		Latencies latencies = Latencies.of(result);
		out.append(String.format(Locale.ROOT,
				"Searchable: %d of %d in %.1f s; submit → searchable p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms.%n",
				result.searchable().size(), result.searchable().size() + result.lost().size(), result.elapsedMs() / 1000.0,
				latencies.percentile(50), latencies.percentile(95), latencies.percentile(99), latencies.percentile(100)));
		int articles = result.searchable().size() + result.lost().size();
		if (articles > 0) {
			out.append(result.cpu().perArticle(articles, result.elapsedMs()));
		}
		Map<String, Double> peak = memory.peakRss();
		out.append("\nPeak RSS: ");
		peak.forEach((name, mb) -> out.append(name).append(' ').append(RunFiles.mb(mb)).append(", "));
		out.append(String.format(Locale.ROOT, "stack total %s (sum of peaks).%n",
				RunFiles.mb(peak.values().stream().mapToDouble(Double::doubleValue).sum())));
		out.append(String.format(Locale.ROOT, "Load average: %.2f at start, %.2f at the end.%n", loadBefore, Environment.loadAverage()));
		return out.toString();
	}

	/** Articles per second between the 10th and the 90th percentile of completions: ramp-up and tail left out. */
	static double sustained(LoadRun.Result result) {
		List<Long> times = result.searchable().stream().map(LoadRun.Article::searchableMs).sorted().toList();
		if (times.size() < 10) {
			return Double.NaN;
		}
		int from = times.size() / 10;
		int to = times.size() * 9 / 10;
		return (to - from) / Math.max(0.001, (times.get(to) - times.get(from)) / 1000.0);
	}

}
