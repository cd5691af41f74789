import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import news.ingest.extract.ArticleExtractor;

/**
 * Extraction pages per second of this thread's CPU time, for A/B comparisons on a busy host where JMH's wall clock
 * says nothing: rounds of passes over a set's pages in one JVM, warm-up rounds left out of the result.
 *
 * <pre>java -cp "evaluation/target/evaluation-0.1.0-SNAPSHOT.jar:evaluation/target/lib/*" \
 *     benchmarks/extraction/CpuTimeBench.java ../shared/eval/extraction/scrapinghub-dev [rounds passes warmup]</pre>
 */
public class CpuTimeBench {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 7;
		int passes = (args.length > 2) ? Integer.parseInt(args[2]) : 5;
		int warmup = (args.length > 3) ? Integer.parseInt(args[3]) : 2;
		if (Files.isDirectory(dir.resolve("html"))) {
			dir = dir.resolve("html");
		}
		List<byte[]> pages = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".html")) {
					pages.add(Files.readAllBytes(file));
				}
				else if (name.endsWith(".html.gz")) {
					try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
						pages.add(in.readAllBytes());
					}
				}
			}
		}
		ArticleExtractor extractor = new ArticleExtractor();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Instant fetchedAt = Instant.now();
		double[] rates = new double[rounds - warmup];
		for (int round = 0; round < rounds; round++) {
			long start = threads.getCurrentThreadCpuTime();
			for (int pass = 0; pass < passes; pass++) {
				for (byte[] page : pages) {
					extractor.extract(page, null, "https://example.org/article", fetchedAt);
				}
			}
			double rate = pages.size() * passes / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
			System.out.printf("round %d: %.1f pages/CPU-s%n", round + 1, rate);
			if (round >= warmup) {
				rates[round - warmup] = rate;
			}
		}
		double[] sorted = rates.clone();
		Arrays.sort(sorted);
		System.out.printf("median %.1f, min %.1f, max %.1f pages/CPU-s (%d pages, rounds %d-%d)%n",
				sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], pages.size(), warmup + 1, rounds);
	}

}
