package news.eval.load;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of each JVM of the stack: what a full collection leaves, which only a leak makes grow. The heap in
 * use between collections is no such measure: G1 lets the old generation fill until its next marking cycle, so the
 * lowest sampled heap rises over a ten-minute run without anything leaking (Elasticsearch's, 52 → 70 MB in one soak,
 * 53 → 60 in another). Nor is the heap in use just after {@code jcmd GC.run}: a busy service has filled tens of MB
 * of new objects again by the time a second command reads it. {@code jcmd GC.class_histogram} collects and then
 * counts the objects left, in one command ({@link Jcmd}).
 */
final class LiveHeap {

	/** The histogram's last line: "Total", instances, bytes. */
	private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)\\s*$", Pattern.MULTILINE);

	private LiveHeap() {
	}

	/** MB left after a full collection, by process name; a process that could not be measured says why. */
	static Map<String, Result> measure(Map<String, Long> pids) {
		Map<String, Result> live = new LinkedHashMap<>();
		pids.forEach((name, pid) -> live.put(name, measure(pid)));
		return live;
	}

	/** Live heap in MB, or the reason it is unknown. */
	record Result(double mb, String problem) {

		boolean known() {
			return this.problem == null;
		}
	}

	private static Result measure(long pid) {
		try {
			Matcher total = TOTAL.matcher(Jcmd.run(pid, "GC.class_histogram"));
			return total.find() ? new Result(Long.parseLong(total.group(1)) / 1_048_576.0, null)
					: new Result(-1, "jcmd GC.class_histogram printed no total");
		}
		catch (IOException ex) {
			return new Result(-1, ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Result(-1, "interrupted");
		}
	}
}
