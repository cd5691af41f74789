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
 * Memory of every process of the stack at one moment: resident set size from {@code /proc/<pid>/status}, and the
 * JVM heap in use where the process tells it (services: Prometheus on their loopback management port;
 * Elasticsearch: its node stats). Kafka exposes no heap without JMX, so only its RSS is sampled.
 */
final class MemorySampler {

	private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

	private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$",
			Pattern.MULTILINE);

	private static final Pattern ES_HEAP = Pattern.compile("\"heap_used_in_bytes\":(\\d+)");

	private final Stack stack;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	MemorySampler(Stack stack) {
		this.stack = stack;
	}

	/** Memory of one process, in MB; heap is -1 where unknown, RSS -1 when the process is gone. */
	record Usage(double rssMb, double heapMb) {
	}

	Map<String, Usage> sample() {
		Map<String, Usage> usage = new LinkedHashMap<>();
		this.stack.pids().forEach((name, pid) -> usage.put(name, new Usage(rssMb(pid), heapMb(name))));
		return usage;
	}

	private static double rssMb(long pid) {
		try {
			Matcher m = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
			return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private double heapMb(String name) {
		Integer port = this.stack.managementPorts().get(name);
		if (port != null) {
			double bytes = 0;
			Matcher m = HEAP.matcher(get("http://127.0.0.1:" + port + "/actuator/prometheus"));
			boolean found = false;
			while (m.find()) {
				bytes += Double.parseDouble(m.group(1));
				found = true;
			}
			return found ? bytes / 1_048_576 : -1;
		}
		if (name.equals("elasticsearch")) {
			Matcher m = ES_HEAP.matcher(get(this.stack.esUrl() + "/_nodes/_local/stats/jvm?filter_path=**.heap_used_in_bytes"));
			return m.find() ? Long.parseLong(m.group(1)) / 1_048_576.0 : -1;
		}
		return -1;
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
