package news.eval.extraction;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import news.eval.InputFiles;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedPage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extraction throughput, one thread: each operation extracts the next page of the set (ScrapingHub pages by
 * default), so operations per second are pages per second. Bytes are read into memory at setup; decoding, parsing,
 * metadata, body, language and status are all measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

	/** A folder of {@code *.html} / {@code *.html.gz} pages, or a set folder with an {@code html/} subfolder. */
	@Param("../shared/eval/extraction/scrapinghub-dev")
	public String pages;

	private final List<byte[]> html = new ArrayList<>();

	private ArticleExtractor extractor;

	private int next;

	private final Instant fetchedAt = Instant.now();

	@Setup
	public void load() throws Exception {
		Path dir = Path.of(this.pages);
		if (java.nio.file.Files.isDirectory(dir.resolve("html"))) {
			dir = dir.resolve("html");
		}
		for (Path file : InputFiles.list(dir, ExtractCommand.SUFFIXES)) {
			this.html.add(InputFiles.read(file));
		}
		if (this.html.isEmpty()) {
			throw new IllegalStateException("No pages in " + dir);
		}
		this.extractor = new ArticleExtractor();
	}

	@Benchmark
	public ExtractedPage extractPage() {
		byte[] page = this.html.get(this.next);
		this.next = (this.next + 1) % this.html.size();
		return this.extractor.extract(page, null, "https://example.org/article", this.fetchedAt);
	}

}
