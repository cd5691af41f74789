package news.eval.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the stack's memory at a fixed interval while a run goes on. */
final class MemoryLog implements AutoCloseable {

	/** One sample: seconds since the log began, and each process's memory. */
	record Sample(double seconds, Map<String, MemorySampler.Usage> usage) {
	}

	private final List<Sample> samples = new ArrayList<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

	private final long start = System.nanoTime();

	MemoryLog(MemorySampler sampler, Duration every) {
		this.timer.scheduleAtFixedRate(() -> {
			Map<String, MemorySampler.Usage> usage = sampler.sample();
			synchronized (this.samples) {
				this.samples.add(new Sample((System.nanoTime() - this.start) / 1e9, usage));
			}
		}, 0, every.toMillis(), TimeUnit.MILLISECONDS);
	}

	List<Sample> samples() {
		synchronized (this.samples) {
			return List.copyOf(this.samples);
		}
	}

	/** The largest RSS each process reached, in MB. */
	Map<String, Double> peakRss() {
		Map<String, Double> peak = new LinkedHashMap<>();
		for (Sample s : samples()) {
			s.usage().forEach((name, u) -> peak.merge(name, u.rssMb(), Math::max));
		}
		return peak;
	}

	/** CSV: seconds, then RSS, heap in use and heap committed of each process in MB (heap -1 where unknown). */
	String csv() {
		List<Sample> all = samples();
		if (all.isEmpty()) {
			return "";
		}
		List<String> names = new ArrayList<>(all.get(all.size() - 1).usage().keySet());
		StringBuilder csv = new StringBuilder("seconds");
		names.forEach(n -> csv.append(',')
			.append(n)
			.append("_rss_mb,")
			.append(n)
			.append("_outside_heap_mb,")
			.append(n)
			.append("_heap_mb,")
			.append(n)
			.append("_heap_committed_mb"));
		csv.append('\n');
		for (Sample s : all) {
			csv.append(String.format(java.util.Locale.ROOT, "%.1f", s.seconds()));
			for (String n : names) {
				MemorySampler.Usage u = s.usage().getOrDefault(n, new MemorySampler.Usage(-1, -1, -1, -1));
				csv.append(String.format(java.util.Locale.ROOT, ",%.1f,%.1f,%.1f,%.1f", u.rssMb(), u.outsideHeapMb(),
						u.heapMb(), u.heapCommittedMb()));
			}
			csv.append('\n');
		}
		return csv.toString();
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}
}
