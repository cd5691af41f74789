package news.eval.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of each JVM of the stack: what a full collection leaves, which only a leak makes grow. The heap in
 * use between collections is no such measure: G1 lets the old generation fill until its next marking cycle, so the
 * lowest sampled heap rises over a ten-minute run without anything leaking (Elasticsearch's, 52 → 70 MB in one soak,
 * 53 → 60 in another). Nor is the heap in use just after {@code jcmd GC.run}: a busy service has filled tens of MB
 * of new objects again by the time a second command reads it. {@code jcmd GC.class_histogram} collects and then
 * counts the objects left, in one command; it is the JDK's tool, run from
 * the JDK the process runs on and as the user it runs as (Elasticsearch runs as a user of its own when the stack
 * is started by root), since the attach mechanism accepts only the owner.
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
			Path java = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe"));
			Path jcmd = java.resolveSibling("jcmd");
			if (!Files.isExecutable(jcmd)) {
				return new Result(-1, "no jcmd beside " + java + " (a JRE, not a JDK)");
			}
			Matcher total = TOTAL.matcher(run(asOwnerOf(pid), jcmd, pid, "GC.class_histogram"));
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

	private static List<String> asOwnerOf(long pid) throws IOException {
		String owner = Files.getOwner(Path.of("/proc", Long.toString(pid))).getName();
		return owner.equals(System.getProperty("user.name")) ? List.of() : List.of("runuser", "-u", owner, "--");
	}

	private static String run(List<String> prefix, Path jcmd, long pid, String command)
			throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(prefix);
		line.addAll(List.of(jcmd.toString(), Long.toString(pid), command));
		// To a file: a histogram is far larger than a pipe's buffer, and jcmd would block writing it.
		Path output = Files.createTempFile("jcmd", ".txt");
		try {
			Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("jcmd " + command + " took over 60 s");
			}
			String out = Files.readString(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new IOException("jcmd " + command + " failed: " + out.strip());
			}
			return out;
		}
		finally {
			Files.deleteIfExists(output);
		}
	}
}
