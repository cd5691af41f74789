package news.eval.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory of every process of the stack at one moment: resident set size and its anonymous part outside the heap
 * ({@link ProcessMemory}), and the JVM heap in use and committed where the process tells it (services: Prometheus on
 * their loopback management port; Elasticsearch: its node stats; Kafka exposes no heap figures without JMX).
 */
final class MemorySampler {

	private static final Pattern HEAP = heapMetric("used");

	private static final Pattern HEAP_COMMITTED = heapMetric("committed");

	private static final Pattern ES_HEAP = Pattern.compile("\"heap_used_in_bytes\":(\\d+)");

	private static final Pattern ES_HEAP_COMMITTED = Pattern.compile("\"heap_committed_in_bytes\":(\\d+)");

	private final Stack stack;

	/** Each JVM's heap address range, asked once: a heap's reservation does not move. */
	private final Map<Long, ProcessMemory.AddressRange> heaps = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	MemorySampler(Stack stack) {
		this.stack = stack;
	}

	private static Pattern heapMetric(String kind) {
		return Pattern.compile("^jvm_memory_" + kind + "_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$", Pattern.MULTILINE);
	}

	/**
	 * Memory of one process, in MB: RSS, its anonymous part outside the heap (all anonymous memory where the heap's
	 * range is unknown), heap in use and committed (-1 where unknown); RSS -1 when the process is gone.
	 */
	record Usage(double rssMb, double outsideHeapMb, double heapMb, double heapCommittedMb) {
	}

	Map<String, Usage> sample() {
		Map<String, Usage> usage = new LinkedHashMap<>();
		this.stack.pids().forEach((name, pid) -> usage.put(name, usage(name, ProcessMemory.read(pid, heapOf(pid)))));
		return usage;
	}

	/** Asked again while unknown: a JVM that has just started may not answer jcmd yet. */
	private ProcessMemory.AddressRange heapOf(long pid) {
		ProcessMemory.AddressRange heap = this.heaps.get(pid);
		if (heap == null) {
			heap = ProcessMemory.heapOf(pid);
			if (!heap.equals(ProcessMemory.AddressRange.NONE)) {
				this.heaps.put(pid, heap);
			}
		}
		return heap;
	}

	private Usage usage(String name, ProcessMemory.Resident resident) {
		double rssMb = resident.rssMb();
		double outsideMb = resident.anonymousOutsideHeapMb();
		Integer port = this.stack.managementPorts().get(name);
		if (port != null) {
			// Only the two heap meters: a full scrape (Kafka clients' meters included) cost each service more CPU
			// than the sampling should take from the pipeline it measures.
			String metrics = get("http://127.0.0.1:" + port
					+ "/actuator/prometheus?includedNames=jvm_memory_used_bytes,jvm_memory_committed_bytes");
			return new Usage(rssMb, outsideMb, summedMb(HEAP, metrics), summedMb(HEAP_COMMITTED, metrics));
		}
		if (name.equals("elasticsearch")) {
			String stats = get(this.stack.esUrl()
					+ "/_nodes/_local/stats/jvm?filter_path=**.heap_used_in_bytes,**.heap_committed_in_bytes");
			return new Usage(rssMb, outsideMb, summedMb(ES_HEAP, stats), summedMb(ES_HEAP_COMMITTED, stats));
		}
		return new Usage(rssMb, outsideMb, -1, -1);
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
