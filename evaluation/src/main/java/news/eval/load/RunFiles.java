package news.eval.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The CSV files and plots of one run, under one folder with one name prefix. */
final class RunFiles {

	private final Path folder;

	private final String name;

	private final List<Path> written = new ArrayList<>();

	RunFiles(Path folder, String name) throws IOException {
		this.folder = Files.createDirectories(folder);
		this.name = name;
	}

	/** Per article, per second, and the plots of throughput and latency. */
	void writeRun(LoadRun.Result result) throws IOException {
		StringBuilder articles = new StringBuilder("id,submitted_ms,searchable_ms,latency_ms\n");
		result.searchable().forEach(a -> articles.append(a.id()).append(',').append(a.submittedMs()).append(',')
			.append(a.searchableMs()).append(',').append(a.searchableMs() - a.submittedMs()).append('\n'));
		result.lost().forEach(id -> articles.append(id).append(",,,\n"));
		write("-articles.csv", articles.toString());

		int seconds = (int) (result.elapsedMs() / 1000) + 1;
		double[] x = new double[seconds];
		double[] submitted = new double[seconds];
		double[] searchable = new double[seconds];
		for (LoadRun.Article a : result.searchable()) {
			submitted[(int) Math.min(seconds - 1, a.submittedMs() / 1000)]++;
			searchable[(int) Math.min(seconds - 1, a.searchableMs() / 1000)]++;
		}
		StringBuilder timeline = new StringBuilder("second,submitted,searchable\n");
		for (int s = 0; s < seconds; s++) {
			x[s] = s;
			timeline.append(s).append(',').append((int) submitted[s]).append(',').append((int) searchable[s]).append('\n');
		}
		write("-throughput.csv", timeline.toString());
		Map<String, double[]> series = new LinkedHashMap<>();
		series.put("submitted/s", submitted);
		series.put("searchable/s", searchable);
		write("-throughput.svg", Svg.lines("Articles per second", "seconds", "articles/s", x, series));
		write("-latency.svg", Svg.histogram("submit → searchable", "ms", Latencies.of(result).sortedMs(), 40));
	}

	/** Memory of every process over time: the CSV, and RSS (and heap where known) plotted. */
	void writeMemory(MemoryLog memory) throws IOException {
		write("-memory.csv", memory.csv());
		List<MemoryLog.Sample> samples = memory.samples();
		if (samples.isEmpty()) {
			return;
		}
		double[] x = samples.stream().mapToDouble(MemoryLog.Sample::seconds).toArray();
		Map<String, double[]> rss = new LinkedHashMap<>();
		Map<String, double[]> heap = new LinkedHashMap<>();
		for (String process : samples.get(samples.size() - 1).usage().keySet()) {
			rss.put(process, samples.stream().mapToDouble(s -> usage(s, process).rssMb()).toArray());
			if (usage(samples.get(samples.size() - 1), process).heapMb() >= 0) {
				heap.put(process, samples.stream().mapToDouble(s -> Math.max(0, usage(s, process).heapMb())).toArray());
			}
		}
		write("-rss.svg", Svg.lines("Resident memory (RSS)", "seconds", "MB", x, rss));
		write("-heap.svg", Svg.lines("JVM heap used", "seconds", "MB", x, heap));
	}

	private static MemorySampler.Usage usage(MemoryLog.Sample sample, String process) {
		return sample.usage().getOrDefault(process, new MemorySampler.Usage(0, 0, 0, 0));
	}

	void write(String suffix, String content) throws IOException {
		Path file = this.folder.resolve(this.name + suffix);
		Files.writeString(file, content);
		this.written.add(file);
	}

	List<Path> written() {
		return List.copyOf(this.written);
	}

	static String mb(double value) {
		return String.format(Locale.ROOT, "%.0f MB", value);
	}
}
