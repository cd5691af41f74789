package news.eval.load;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

/** The JIT compilers' share of a stack's CPU, from made-up {@code /proc} lines and from this JVM's own threads. */
class CompilerTimeTest {

	@Test
	void readsTheNameAndTheUserPlusSystemTicksOfAThreadLine() {
		String compiler = "4242 (C2 CompilerThre) S 4200 4200 4200 0 -1 4194368 98 0 0 0 5674 31 0 0 20 0 113 0 123 0";
		String odd = "4243 (a (b) c) R 4200 4200 4200 0 -1 4194368 98 0 0 0 7 2 0 0 20 0 113 0 123 0";

		assertThat(CompilerTime.threadName(compiler)).isEqualTo("C2 CompilerThre");
		assertThat(CompilerTime.ticks(compiler)).isEqualTo(5705);
		assertThat(CompilerTime.threadName(odd)).isEqualTo("a (b) c");
		assertThat(CompilerTime.ticks(odd)).isEqualTo(9);
		assertThat(CompilerTime.ticks("")).isZero();
	}

	@Test
	void theShareIsOfTheTicksSpentBetweenTwoReadings() {
		CompilerTime before = new CompilerTime(100, 400);
		CompilerTime after = new CompilerTime(130, 700);

		assertThat(after.since(before).share()).isEqualTo(0.1);
		assertThat(new CompilerTime(0, 0).share()).isZero();
		assertThat(before.since(after)).isEqualTo(new CompilerTime(0, 0));
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void countsThisJvmsThreadsAndAGoneProcessAsNothing() {
		long sum = 0;
		for (long end = System.nanoTime() + 300_000_000L; System.nanoTime() < end;) {
			sum += Long.numberOfTrailingZeros(System.nanoTime());
		}
		CompilerTime self = CompilerTime.of(List.of(ProcessHandle.current().pid()));

		assertThat(sum).isPositive();
		assertThat(self.totalTicks()).isGreaterThanOrEqualTo(20);
		assertThat(self.compilerTicks()).isBetween(0L, self.totalTicks());
		assertThat(CompilerTime.of(List.of(Long.MAX_VALUE))).isEqualTo(new CompilerTime(0, 0));
	}
}
