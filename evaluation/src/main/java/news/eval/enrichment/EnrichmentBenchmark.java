package news.eval.enrichment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import news.enrich.tag.ArticleTagger;
import news.enrich.tag.Tags;
import news.eval.InputFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Articles per second that {@link ArticleTagger#tag} handles on one thread, for one article of about 4 KB: the
 * project's gold texts concatenated (default), or the text of a given file ({@code .json}: its {@code text};
 * else the whole file) or folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnrichmentBenchmark {

	/** The default article: the project's own gold documents, in file order, until this many characters. */
	static final int ARTICLE_CHARS = 4096;

	static final String DEFAULT_SOURCE = "evaluation/src/test/resources/enrich-gold";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Param("")
	public String source;

	private ArticleTagger tagger;

	private String article;

	@Setup
	public void setUp() throws IOException {
		this.tagger = new ArticleTagger();
		this.article = article(this.source.isEmpty() ? Path.of(DEFAULT_SOURCE) : Path.of(this.source));
	}

	@Benchmark
	public Tags tag() {
		return this.tagger.tag(null, this.article);
	}

	/** The text a benchmark run tags, from a file or the concatenated texts of a folder's files. */
	static String article(Path source) throws IOException {
		if (!Files.isDirectory(source)) {
			return textOf(source);
		}
		StringBuilder article = new StringBuilder();
		List<Path> files = InputFiles.list(source, ".json", ".txt");
		for (Path file : files) {
			String text = textOf(file).strip();
			if (article.length() > 0 && article.length() + text.length() > ARTICLE_CHARS) {
				break;
			}
			article.append(text).append("\n\n");
		}
		return article.toString();
	}

	@SuppressWarnings("unchecked")
	private static String textOf(Path file) throws IOException {
		if (file.getFileName().toString().endsWith(".json")) {
			Map<String, Object> doc = JSON.readValue(file.toFile(), Map.class);
			return String.valueOf(doc.getOrDefault("text", ""));
		}
		return Files.readString(file, StandardCharsets.UTF_8);
	}

}
