package news.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import news.eval.InputFiles;
import news.eval.extraction.ExtractionScores.Score;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedPage;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor over one evaluation set of {@code ../shared/eval/extraction/} and scores it as the set's README
 * describes. The extractor sees the page bytes and the page URL only; gold fields are read after extraction, by the
 * scoring code.
 */
final class ExtractionEvaluation {

	enum Format {
		/** {@code ground-truth.json} {id: {articleBody, url}} + {@code html/<id>.html.gz}. */
		SCRAPINGHUB,
		/** {@code evaldata.json} {url: {file, with, without, title, author, date}}. */
		TRAFILATURA,
		/** {@code evaldata.json} {url: {file, date}}. */
		HTMLDATE
	}

	/** Scores by metric name, in display order, with throughput of the extraction itself. */
	record Result(String set, Format format, Map<String, Score> scores, int pages, double seconds,
			Map<String, Map<String, Object>> predictions) {

		double pagesPerSecond() {
			return this.pages / this.seconds;
		}

	}

	/** One page to extract: the key predictions are stored under, its file and its URL (input, not gold). */
	private record Page(String key, Path file, String url) {
	}

	private static final String[] SUFFIXES = { ".gz", ".html", ".htm" };

	/** Python's json module reads NaN (htmldate gold has "date": NaN for pages without a date). */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
		.build();

	private final ArticleExtractor extractor;

	ExtractionEvaluation(ArticleExtractor extractor) {
		this.extractor = extractor;
	}

	static Format detect(Path setDir) throws IOException {
		if (Files.isRegularFile(setDir.resolve("ground-truth.json")) && Files.isDirectory(setDir.resolve("html"))) {
			return Format.SCRAPINGHUB;
		}
		Path evaldata = setDir.resolve("evaldata.json");
		if (!Files.isRegularFile(evaldata)) {
			throw new IllegalArgumentException(
					"Not an evaluation set (no ground-truth.json + html/ nor evaldata.json): " + setDir);
		}
		JsonNode data = JSON.readTree(evaldata.toFile());
		for (Map.Entry<String, JsonNode> entry : data.properties()) {
			JsonNode v = entry.getValue();
			if (v.has("with") || v.has("without")) {
				return Format.TRAFILATURA;
			}
		}
		return Format.HTMLDATE;
	}

	Result evaluate(Path setDir) throws IOException {
		Format format = detect(setDir);
		JsonNode gold = JSON.readTree(setDir.resolve(format == Format.SCRAPINGHUB ? "ground-truth.json" : "evaldata.json")
			.toFile());
		// Pages by prediction key; a file listed under two URLs is extracted once, with the first URL.
		Map<String, Page> pages = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : gold.properties()) {
			JsonNode v = entry.getValue();
			if (format == Format.SCRAPINGHUB) {
				pages.putIfAbsent(entry.getKey(), new Page(entry.getKey(),
						setDir.resolve("html").resolve(entry.getKey() + ".html.gz"), text(v.path("url"))));
			}
			else {
				Path file = setDir.resolve(v.path("file").asString());
				pages.putIfAbsent(key(file), new Page(key(file), file, entry.getKey()));
			}
		}
		Map<String, ExtractedPage> extracted = new TreeMap<>();
		double seconds = extractAll(pages, extracted);
		Map<String, Map<String, Object>> predictions = new TreeMap<>();
		extracted.forEach((key, page) -> predictions.put(key, ExtractionJson.of(page)));
		Map<String, Score> scores = switch (format) {
			case SCRAPINGHUB -> scoreScrapingHub(gold, extracted);
			case TRAFILATURA -> scoreTrafilatura(gold, extracted);
			case HTMLDATE -> scoreHtmldate(gold, extracted);
		};
		return new Result(setDir.getFileName().toString(), format, scores, pages.size(), seconds, predictions);
	}

	/** Reads every file first, then times the extraction alone (single thread). */
	private double extractAll(Map<String, Page> pages, Map<String, ExtractedPage> into) {
		List<byte[]> bytes = new ArrayList<>();
		for (Page page : pages.values()) {
			bytes.add(InputFiles.read(page.file()));
		}
		Instant fetchedAt = Instant.now();
		long start = System.nanoTime();
		int i = 0;
		for (Page page : pages.values()) {
			into.put(page.key(), this.extractor.extract(bytes.get(i++), null, page.url(), fetchedAt));
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static Map<String, Score> scoreScrapingHub(JsonNode gold, Map<String, ExtractedPage> extracted) {
		Map<String, String> truth = new TreeMap<>();
		Map<String, String> predicted = new TreeMap<>();
		for (Map.Entry<String, JsonNode> entry : gold.properties()) {
			truth.put(entry.getKey(), text(entry.getValue().path("articleBody")));
			ExtractedPage page = extracted.get(entry.getKey());
			predicted.put(entry.getKey(), (page != null) ? page.body() : null);
		}
		Map<String, Score> scores = new LinkedHashMap<>();
		scores.put("body", ExtractionScores.shingleScore(truth, predicted, new ArrayList<>(truth.keySet())));
		return scores;
	}

	private static Map<String, Score> scoreTrafilatura(JsonNode gold, Map<String, ExtractedPage> extracted) {
		int[] body = new int[4];
		int[][] meta = new int[3][2];
		int[] loosely = new int[2];
		for (Map.Entry<String, JsonNode> entry : gold.properties()) {
			JsonNode v = entry.getValue();
			ExtractedPage page = extracted.get(key(Path.of(v.path("file").asString())));
			Map<String, Object> json = ExtractionJson.of(page);
			ExtractionScores.countSnippets(page.body(), strings(v.path("with")), strings(v.path("without")), body);
			if (truthy(v.path("title"))) {
				meta[0][1]++;
				meta[0][0] += ExtractionScores.sameText(text(v.path("title")), page.title()) ? 1 : 0;
				loosely[0] += ExtractionScores.sameTextLoosely(text(v.path("title")), page.title()) ? 1 : 0;
			}
			if (truthy(v.path("author"))) {
				meta[1][1]++;
				List<String> goldAuthors = v.path("author").isArray() ? strings(v.path("author"))
						: List.of(text(v.path("author")));
				meta[1][0] += ExtractionScores.sameAuthors(goldAuthors, page.authors()) ? 1 : 0;
				loosely[1] += ExtractionScores.sameAuthorsLoosely(goldAuthors, page.authors()) ? 1 : 0;
			}
			if (truthy(v.path("date"))) {
				meta[2][1]++;
				meta[2][0] += text(v.path("date")).equals(ExtractionScores.day((String) json.get("datePublished")))
						? 1 : 0;
			}
		}
		Map<String, Score> scores = new LinkedHashMap<>();
		scores.put("body", Score.ofCounts(body[0], body[1], body[2], gold.size()));
		scores.put("title", Score.accuracy(meta[0][0], meta[0][1]));
		scores.put("author", Score.accuracy(meta[1][0], meta[1][1]));
		scores.put("date", Score.accuracy(meta[2][0], meta[2][1]));
		// Diagnostics, not the set's metrics: how many misses are presentation only (letter case, joiners).
		scores.put("title*", Score.accuracy(loosely[0], meta[0][1]));
		scores.put("author*", Score.accuracy(loosely[1], meta[1][1]));
		return scores;
	}

	private static Map<String, Score> scoreHtmldate(JsonNode gold, Map<String, ExtractedPage> extracted) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		for (Map.Entry<String, JsonNode> entry : gold.properties()) {
			JsonNode v = entry.getValue();
			ExtractedPage page = extracted.get(key(Path.of(v.path("file").asString())));
			String got = ExtractionScores.day((String) ExtractionJson.of(page).get("datePublished"));
			if (got == null) {
				fn++;
			}
			else if (got.equals(text(v.path("date")))) {
				tp++;
			}
			else {
				fp++;
			}
		}
		Map<String, Score> scores = new LinkedHashMap<>();
		scores.put("date", Score.ofCounts(tp, fp, fn, gold.size()));
		return scores;
	}

	/** score_sets.py's key(): the base name without .gz, .html, .htm (in that order). */
	static String key(Path file) {
		String name = file.getFileName().toString();
		for (String suffix : SUFFIXES) {
			if (name.endsWith(suffix)) {
				name = name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}

	private static boolean truthy(JsonNode node) {
		return node.isString() ? !node.asString().isEmpty() : node.isArray() ? !node.isEmpty() : !node.isMissingNode()
				&& !node.isNull() && !(node.isBoolean() && !node.asBoolean());
	}

	private static String text(JsonNode node) {
		return (node.isMissingNode() || node.isNull()) ? null : node.asString();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.values().forEach((v) -> values.add(v.asString()));
		return values;
	}

}
