package news.eval.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A diagnostic command to a running JVM of the stack: the JDK's {@code jcmd}, run from the JDK the process runs on and
 * as the user it runs as (Elasticsearch runs as a user of its own when the stack is started by root), since the
 * attach mechanism accepts only the owner.
 */
final class Jcmd {

	private Jcmd() {
	}

	/** The command's output; an IOException says why there is none (a JRE without jcmd, a refusal, a timeout). */
	static String run(long pid, String command) throws IOException, InterruptedException {
		Path java = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe"));
		Path jcmd = java.resolveSibling("jcmd");
		if (!Files.isExecutable(jcmd)) {
			throw new IOException("no jcmd beside " + java + " (a JRE, not a JDK)");
		}
		List<String> line = new ArrayList<>(asOwnerOf(pid));
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

	private static List<String> asOwnerOf(long pid) throws IOException {
		String owner = Files.getOwner(Path.of("/proc", Long.toString(pid))).getName();
		return owner.equals(System.getProperty("user.name")) ? List.of() : List.of("runuser", "-u", owner, "--");
	}

}
