package news.eval.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * CPU time the JIT compiler threads of the stack's JVMs took, against all the CPU time of those processes. A JVM
 * that has just started spends minutes compiling its hot code, and on two cores shared by five JVMs the compilers
 * took 35–60 % of every process's CPU through the first ten minutes of a run (docs/BENCHMARKS.md), so a pipeline
 * measured before they go quiet is measured at a fraction of its speed. Read from Linux's per-thread
 * {@code /proc/<pid>/task/<tid>/stat} (the JDK gives no per-thread CPU time of another process); both counts are in
 * clock ticks, so their ratio needs no tick rate.
 */
record CompilerTime(long compilerTicks, long totalTicks) {

	/** HotSpot's compiler threads, as Linux truncates their names ("C2 CompilerThread0" → 15 characters). */
	private static final String COMPILER_THREAD = "CompilerThre";

	static CompilerTime of(Collection<Long> pids) {
		long compiler = 0;
		long total = 0;
		for (long pid : pids) {
			try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
				for (Path task : tasks.toList()) {
					String stat = readOrEmpty(task.resolve("stat"));
					long ticks = ticks(stat);
					total += ticks;
					if (threadName(stat).startsWith(COMPILER_THREAD, 3)) {
						compiler += ticks;
					}
				}
			}
			catch (IOException ex) {
				// The process has gone (or this is not Linux): it counts for nothing.
			}
		}
		return new CompilerTime(compiler, total);
	}

	/** Ticks spent since {@code earlier}; threads that ended in between take theirs with them, so never below 0. */
	CompilerTime since(CompilerTime earlier) {
		return new CompilerTime(Math.max(0, this.compilerTicks - earlier.compilerTicks),
				Math.max(0, this.totalTicks - earlier.totalTicks));
	}

	/** The compilers' share of the CPU time, 0 when none was spent. */
	double share() {
		return (this.totalTicks == 0) ? 0 : Math.min(1, (double) this.compilerTicks / this.totalTicks);
	}

	/** The name between the first '(' and the last ')' (a thread's name may hold either). */
	static String threadName(String stat) {
		int open = stat.indexOf('(');
		int close = stat.lastIndexOf(')');
		return (open < 0 || close < open) ? "" : stat.substring(open + 1, close);
	}

	/** User plus system time: fields 14 and 15 of the line, counted after the name's closing ')' (field 2). */
	static long ticks(String stat) {
		int close = stat.lastIndexOf(')');
		if (close < 0) {
			return 0;
		}
		String[] fields = stat.substring(close + 1).trim().split(" ");
		return (fields.length < 13) ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	private static String readOrEmpty(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			// The thread ended between the listing and the read.
			return "";
		}
	}
}
