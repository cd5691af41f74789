package news.eval.enrichment;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import news.enrich.tag.ArticleTagger;
import news.enrich.tag.Mention;
import news.enrich.tag.TaggedText;
import news.eval.Command;
import news.eval.InputFiles;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./news eval-enrich <gold dir>... [--public <dir>] [--predictions <out.json>] [-v]}: runs the taggers
 * in-process over the {@code text} of every gold document and prints micro P/R/F1 per type exactly as
 * {@code shared/tools/score_enrich.py} does (one block per folder, and their union when there are several);
 * then, with {@code --public} or when a gold folder's parent holds {@code public/}, span-level PERSON and
 * LOCATION scores on {@code public/uner-en-pud} and Money/Quantity recall on {@code public/re3d}
 * (docs/ENRICHMENT.md defines the matching).
 */
public final class EvalEnrichCommand implements Command {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final Map<Mention.Kind, String> UNER_LABELS = Map.of(Mention.Kind.PERSON, "PER",
			Mention.Kind.COUNTRY, "LOC", Mention.Kind.PLACE, "LOC");

	private static final Map<Mention.Kind, String> RE3D_LABELS = Map.of(Mention.Kind.PERSON, "PERSON",
			Mention.Kind.COUNTRY, "LOCATION", Mention.Kind.PLACE, "LOCATION", Mention.Kind.NATIONALITY, "NORP", Mention.Kind.MONEY, "MONEY",
			Mention.Kind.QUANTITY, "QUANTITY");

	@Override
	public String usage() {
		return "<gold dir>... [--public <dir>] [--predictions <out.json>] [-v]    P/R/F1 per type as score_enrich.py; "
				+ "span scores on public/uner-en-pud and public/re3d";
	}

	@Override
	public int run(List<String> args) throws Exception {
		List<Path> goldDirs = new ArrayList<>();
		Path publicDir = null;
		Path predictionsOut = null;
		boolean verbose = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--public") && i + 1 < args.size()) {
				publicDir = Path.of(args.get(++i));
			}
			else if (arg.equals("--predictions") && i + 1 < args.size()) {
				predictionsOut = Path.of(args.get(++i));
			}
			else if (arg.equals("-v")) {
				verbose = true;
			}
			else if (!arg.startsWith("-")) {
				goldDirs.add(Path.of(arg));
			}
			else {
				System.err.println("usage: ./news eval-enrich " + usage());
				return 2;
			}
		}
		if (goldDirs.isEmpty() && publicDir == null) {
			System.err.println("usage: ./news eval-enrich " + usage());
			return 2;
		}
		ArticleTagger tagger = new ArticleTagger();
		PrintStream out = System.out;
		Map<String, Object> allPredictions = new LinkedHashMap<>();
		GoldScorer union = new GoldScorer();
		for (Path dir : goldDirs) {
			List<Map<String, Object>> docs = readGold(dir);
			GoldScorer scorer = new GoldScorer();
			List<String> report = new ArrayList<>();
			for (Map<String, Object> doc : docs) {
				Map<String, Object> prediction = Predictions.of(tagger.tag(null, String.valueOf(doc.getOrDefault("text", ""))));
				allPredictions.put(String.valueOf(doc.get("id")), prediction);
				scorer.add(doc, prediction, verbose ? report::add : null);
				union.add(doc, prediction, null);
			}
			out.println("gold " + dir + " (" + docs.size() + " documents)");
			report.forEach(out::println);
			scorer.lines().forEach(out::println);
			out.println();
		}
		if (goldDirs.size() > 1) {
			out.println("all gold folders together (micro)");
			union.lines().forEach(out::println);
			out.println();
		}
		if (predictionsOut != null) {
			JSON.writeValue(predictionsOut.toFile(), allPredictions);
		}
		if (publicDir == null) {
			publicDir = goldDirs.stream()
				.map(dir -> dir.toAbsolutePath().normalize().getParent())
				.filter(parent -> parent != null && Files.isDirectory(parent.resolve("public")))
				.map(parent -> parent.resolve("public"))
				.findFirst()
				.orElse(null);
		}
		if (publicDir != null) {
			publicScores(tagger, publicDir, verbose ? out::println : null).forEach(out::println);
		}
		return 0;
	}

	/** Gold documents of a folder, in file-name order as the reference scorer reads them. */
	static List<Map<String, Object>> readGold(Path dir) throws Exception {
		List<Map<String, Object>> docs = new ArrayList<>();
		for (Path file : InputFiles.list(dir, ".json")) {
			docs.add(readMap(file));
		}
		return docs;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readMap(Path file) {
		return JSON.readValue(file.toFile(), Map.class);
	}

	/** The public-set lines: UNER exact spans, re3d figure recall. */
	static List<String> publicScores(ArticleTagger tagger, Path publicDir, Consumer<String> misses) throws Exception {
		List<String> lines = new ArrayList<>();
		Path uner = publicDir.resolve("uner-en-pud/docs");
		if (Files.isDirectory(uner)) {
			SpanScorer all = new SpanScorer("PER", "LOC");
			SpanScorer news = new SpanScorer("PER", "LOC");
			List<Path> files = InputFiles.list(uner, ".json");
			for (Path file : files) {
				Map<String, Object> doc = readMap(file);
				List<SpanScorer.Span> gold = goldSpans(doc, "label");
				TaggedText tagged = tagger.analyse(null, String.valueOf(doc.get("text")));
				List<SpanScorer.Span> predicted = SpanScorer.spans(tagged.mentions(), UNER_LABELS);
				all.addExact(gold, predicted);
				if ("news".equals(doc.get("genre"))) {
					news.addExact(gold, predicted);
				}
				if (misses != null) {
					reportDifferences(misses, doc, gold, predicted, List.of("PER", "LOC"));
				}
			}
			lines.add("public uner-en-pud (" + files.size() + " documents): exact spans, PERSON = PER, LOCATION = LOC");
			lines.add(all.totals().get("PER").line("PERSON"));
			lines.add(all.totals().get("LOC").line("LOCATION"));
			lines.add(news.totals().get("PER").line("PERSON news"));
			lines.add(news.totals().get("LOC").line("LOCATION news"));
			lines.add("");
		}
		Path re3d = publicDir.resolve("re3d/docs");
		if (Files.isDirectory(re3d)) {
			SpanScorer recall = new SpanScorer("MONEY", "QUANTITY");
			List<Path> files = InputFiles.list(re3d, ".json");
			for (Path file : files) {
				Map<String, Object> doc = readMap(file);
				List<SpanScorer.Span> gold = goldSpans(doc, "label_mapped");
				TaggedText tagged = tagger.analyse(null, String.valueOf(doc.get("text")));
				List<SpanScorer.Span> predicted = SpanScorer.spans(tagged.mentions(), RE3D_LABELS);
				List<SpanScorer.Span> figures = predicted.stream()
					.filter(s -> s.label().equals("MONEY") || s.label().equals("QUANTITY"))
					.toList();
				recall.addOverlap(gold, figures);
				if (misses != null) {
					reportDifferences(misses, doc, gold, predicted, List.of("MONEY", "QUANTITY"));
				}
			}
			lines.add("public re3d (" + files.size() + " documents): share of gold Money/Quantity spans overlapped by a "
					+ "figure");
			lines.add(recallLine("Money", recall.totals().get("MONEY")));
			lines.add(recallLine("Quantity", recall.totals().get("QUANTITY")));
		}
		return lines;
	}

	private static String recallLine(String name, Counts counts) {
		return String.format("%-14s R %s  (found=%d missed=%d)", name, Counts.fixed3(counts.recall()), counts.tp(),
				counts.fn());
	}

	@SuppressWarnings("unchecked")
	private static List<SpanScorer.Span> goldSpans(Map<String, Object> doc, String labelField) {
		List<SpanScorer.Span> spans = new ArrayList<>();
		for (Object entity : (List<Object>) doc.getOrDefault("entities", List.of())) {
			Map<String, Object> e = (Map<String, Object>) entity;
			spans.add(new SpanScorer.Span(((Number) e.get("start")).intValue(), ((Number) e.get("end")).intValue(),
					String.valueOf(e.get(labelField))));
		}
		return spans;
	}

	private static void reportDifferences(Consumer<String> out, Map<String, Object> doc, List<SpanScorer.Span> gold,
			List<SpanScorer.Span> predicted, List<String> labels) {
		String text = String.valueOf(doc.get("text"));
		for (SpanScorer.Span span : gold) {
			if (labels.contains(span.label()) && !predicted.contains(span)) {
				out.accept("  " + doc.get("id") + " missed " + span.label() + " " + quote(text, span));
			}
		}
		for (SpanScorer.Span span : predicted) {
			if (labels.contains(span.label()) && !gold.contains(span)) {
				out.accept("  " + doc.get("id") + " extra  " + span.label() + " " + quote(text, span));
			}
		}
	}

	private static String quote(String text, SpanScorer.Span span) {
		return "\"" + text.substring(span.start(), span.end()).replace('\n', ' ') + "\"";
	}

}
