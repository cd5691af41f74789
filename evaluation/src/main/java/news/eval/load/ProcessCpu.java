package news.eval.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time spent by every process of the stack, and by this harness, between two moments: on a two-core machine the
 * pipeline keeps up with a rate only while the sum of its processes' CPU per article stays under what the cores give,
 * so a run that falls behind should say which process took the time. The JDK reads it from {@code /proc}.
 */
record ProcessCpu(Map<String, Duration> used) {

	static final String HARNESS = "harness";

	/** Total CPU time of each process so far (a process the JDK cannot read is left out). */
	static ProcessCpu now(Map<String, Long> pids) {
		Map<String, Duration> used = new LinkedHashMap<>();
		pids.forEach((name, pid) -> ProcessHandle.of(pid)
			.flatMap(process -> process.info().totalCpuDuration())
			.ifPresent(cpu -> used.put(name, cpu)));
		ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu -> used.put(HARNESS, cpu));
		return new ProcessCpu(used);
	}

	/** CPU time spent since {@code earlier}, for the processes seen both times (a restarted one is left out). */
	ProcessCpu since(ProcessCpu earlier) {
		Map<String, Duration> spent = new LinkedHashMap<>();
		this.used.forEach((name, total) -> {
			Duration before = earlier.used.get(name);
			if (before != null && total.compareTo(before) >= 0) {
				spent.put(name, total.minus(before));
			}
		});
		return new ProcessCpu(spent);
	}

	/** One line for a report: CPU per article by process, and how much of the machine the whole took. */
	String perArticle(int articles, long elapsedMs) {
		StringBuilder line = new StringBuilder("CPU per article:");
		long totalMs = 0;
		for (var process : this.used.entrySet()) {
			long ms = process.getValue().toMillis();
			totalMs += ms;
			line.append(String.format(Locale.ROOT, " %s %.1f ms,", process.getKey(), (double) ms / articles));
		}
		int cores = Runtime.getRuntime().availableProcessors();
		line.append(String.format(Locale.ROOT,
				" together %.1f ms, %.0f %% of %d cores over the run (%.0f CPU-s in %.0f s).%n",
				(double) totalMs / articles, 100.0 * totalMs / (elapsedMs * (double) cores), cores, totalMs / 1000.0,
				elapsedMs / 1000.0));
		return line.toString();
	}
}
