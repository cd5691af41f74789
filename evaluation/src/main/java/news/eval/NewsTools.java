package news.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import news.eval.enrichment.BenchEnrichmentCommand;
import news.eval.enrichment.EnrichCommand;
import news.eval.enrichment.EvalEnrichCommand;
import news.eval.extraction.EvalExtractionCommand;
import news.eval.extraction.ExtractionBenchCommand;
import news.eval.extraction.ExtractCommand;
import news.eval.load.BenchCommand;
import news.eval.load.SoakCommand;
import news.eval.search.BenchSearchCommand;

/** Entry point of the evaluation tools: {@code NewsTools <command> [args…]}. */
public final class NewsTools {

	private static final Map<String, Supplier<Command>> COMMANDS = new LinkedHashMap<>();

	static {
		COMMANDS.put("extract", ExtractCommand::new);
		COMMANDS.put("eval-extraction", EvalExtractionCommand::new);
		COMMANDS.put("bench-extraction", ExtractionBenchCommand::new);
		COMMANDS.put("enrich", EnrichCommand::new);
		COMMANDS.put("eval-enrich", EvalEnrichCommand::new);
		COMMANDS.put("bench-enrichment", BenchEnrichmentCommand::new);
		COMMANDS.put("bench", BenchCommand::new);
		COMMANDS.put("soak", SoakCommand::new);
		COMMANDS.put("bench-search", BenchSearchCommand::new);
	}

	private NewsTools() {
	}

	public static void main(String[] args) throws Exception {
		Supplier<Command> command = args.length == 0 ? null : COMMANDS.get(args[0]);
		if (command == null) {
			System.err.println("usage: ./news <command> [args]");
			COMMANDS.forEach((name, c) -> System.err.println("  " + name + " " + c.get().usage()));
			System.exit(2);
		}
		System.exit(command.get().run(List.of(Arrays.copyOfRange(args, 1, args.length))));
	}
}
