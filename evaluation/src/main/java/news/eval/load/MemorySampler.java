package news.eval.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory of every process of the stack at one moment: resident set size and its anonymous part from
 * {@code /proc/<pid>/status}, and the JVM heap in use and committed where the process tells it (services: Prometheus on their loopback management port;
 * Elasticsearch: its node stats). Kafka exposes no heap without JMX, so only its RSS is sampled.
 */
final class MemorySampler {

	private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

	private static final Pattern RSS_ANON = Pattern.compile("RssAnon:\\s+(\\d+) kB");

	private static final Pattern HEAP = heapMetric("used");

	private static final Pattern HEAP_COMMITTED = heapMetric("committed");

	private static final Pattern ES_HEAP = Pattern.compile("\"heap_used_in_bytes\":(\\d+)");

	private static final Pattern ES_HEAP_COMMITTED = Pattern.compile("\"heap_committed_in_bytes\":(\\d+)");

	private final Stack stack;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	MemorySampler(Stack stack) {
		this.stack = stack;
	}

	private static Pattern heapMetric(String kind) {
		return Pattern.compile("^jvm_memory_" + kind + "_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$", Pattern.MULTILINE);
	}

	/**
	 * Memory of one process, in MB; heap figures are -1 where unknown, RSS -1 when the process is gone.
	 * {@code anonMb} is the anonymous part of the RSS: without the file pages a process maps, which grow with the
	 * data it stores (Lucene's memory-mapped segments in Elasticsearch, Kafka's index files) and which the kernel
	 * drops under memory pressure.
	 */
	record Usage(double rssMb, double anonMb, double heapMb, double heapCommittedMb) {

		/**
		 * The memory the process allocated and the heap does not explain: anonymous RSS less the committed heap,
		 * which the JVM grows and shrinks within its {@code -Xmx} as the load asks (a leak in the heap shows in the
		 * live heap instead). All anonymous RSS where the committed heap is unknown.
		 */
		double rssOutsideHeapMb() {
			return (this.anonMb >= 0 && this.heapCommittedMb >= 0) ? this.anonMb - this.heapCommittedMb : this.anonMb;
		}
	}

	Map<String, Usage> sample() {
		Map<String, Usage> usage = new LinkedHashMap<>();
		this.stack.pids().forEach((name, pid) -> usage.put(name, heap(name, status(pid))));
		return usage;
	}

	private static String status(long pid) {
		try {
			return Files.readString(Path.of("/proc", Long.toString(pid), "status"));
		}
		catch (IOException ex) {
			return "";
		}
	}

	private Usage heap(String name, String status) {
		double rssMb = kbAsMb(RSS, status);
		double anonMb = kbAsMb(RSS_ANON, status);
		Integer port = this.stack.managementPorts().get(name);
		if (port != null) {
			String metrics = get("http://127.0.0.1:" + port + "/actuator/prometheus");
			return new Usage(rssMb, anonMb, summedMb(HEAP, metrics), summedMb(HEAP_COMMITTED, metrics));
		}
		if (name.equals("elasticsearch")) {
			String stats = get(this.stack.esUrl()
					+ "/_nodes/_local/stats/jvm?filter_path=**.heap_used_in_bytes,**.heap_committed_in_bytes");
			return new Usage(rssMb, anonMb, summedMb(ES_HEAP, stats), summedMb(ES_HEAP_COMMITTED, stats));
		}
		return new Usage(rssMb, anonMb, -1, -1);
	}

	private static double kbAsMb(Pattern field, String status) {
		Matcher m = field.matcher(status);
		return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
	}

	/** The sum of every match's number in MB (the heap's pools), -1 when nothing matched. */
	private static double summedMb(Pattern metric, String text) {
		double bytes = 0;
		boolean found = false;
		for (Matcher m = metric.matcher(text); m.find();) {
			bytes += Double.parseDouble(m.group(1));
			found = true;
		}
		return found ? bytes / 1_048_576 : -1;
	}

	private String get(String url) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
			return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}
}
