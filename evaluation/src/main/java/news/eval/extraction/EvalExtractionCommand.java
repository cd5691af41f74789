package news.eval.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.eval.Command;
import news.eval.extraction.ExtractionScores.Score;
import news.ingest.extract.ArticleExtractor;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./news eval-extraction <set dir>… [--out <file.json>]}: extracts every page of a ScrapingHub-, trafilatura-
 * or htmldate-format set in-process, scores it as {@code ../shared/eval/README.md} describes and prints the table
 * and pages per second. {@code --out} writes the predictions in {@code ./news extract} form, so the reference
 * scorers can be run on the same output.
 */
public final class EvalExtractionCommand implements Command {

	@Override
	public String usage() {
		return "<set dir>... [--out <file.json>]   score the extractor on evaluation sets (ScrapingHub, trafilatura,"
				+ " htmldate format)";
	}

	@Override
	public int run(List<String> args) throws Exception {
		List<Path> sets = new ArrayList<>();
		String out = null;
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--out") && i + 1 < args.size()) {
				out = args.get(++i);
			}
			else if (args.get(i).startsWith("--")) {
				return usageError();
			}
			else {
				sets.add(Path.of(args.get(i)));
			}
		}
		if (sets.isEmpty() || out != null && sets.size() > 1) {
			return usageError();
		}
		ExtractionEvaluation evaluation = new ExtractionEvaluation(new ArticleExtractor());
		for (Path set : sets) {
			ExtractionEvaluation.Result result = evaluation.evaluate(set);
			System.out.print(table(result));
			if (out != null) {
				JsonMapper.builder()
					.enable(SerializationFeature.INDENT_OUTPUT)
					.build()
					.writeValue(Path.of(out).toFile(), result.predictions());
				System.err.println(result.predictions().size() + " predictions written to " + out);
			}
		}
		return 0;
	}

	static String table(ExtractionEvaluation.Result result) {
		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT, "%s (%s format, %d pages)%n", result.set(),
				result.format().name().toLowerCase(Locale.ROOT), result.pages()));
		s.append(String.format(Locale.ROOT, "| %-8s | %9s | %6s | %5s | %8s | %4s |%n", "metric", "precision", "recall",
				"F1", "accuracy", "n"));
		s.append("|----------|-----------|--------|-------|----------|------|\n");
		for (Map.Entry<String, Score> e : result.scores().entrySet()) {
			Score score = e.getValue();
			s.append(String.format(Locale.ROOT, "| %-8s | %9s | %6s | %5s | %8s | %4d |%n", e.getKey(),
					number(score.precision()), number(score.recall()), number(score.f1()), number(score.accuracy()),
					score.n()));
		}
		if (result.scores().keySet().stream().anyMatch(metric -> metric.endsWith("*"))) {
			s.append("* diagnostic: letter case, soft hyphens, a By/Von label and how names are joined set aside\n");
		}
		s.append(String.format(Locale.ROOT, "%.1f pages/s (%d pages in %.2f s, one thread, cold JVM, reading excluded)%n",
				result.pagesPerSecond(), result.pages(), result.seconds()));
		return s.toString();
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
	}

	private static int usageError() {
		System.err.println("usage: ./news eval-extraction <set dir>... [--out <file.json>] (--out with one set only)");
		return 2;
	}

}
