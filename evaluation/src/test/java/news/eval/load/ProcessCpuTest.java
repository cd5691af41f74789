package news.eval.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CPU per process as the load reports show it, read from this JVM and from made-up totals. */
class ProcessCpuTest {

	@Test
	void readsThisJvmsOwnCpuTimeAndItGrowsWithWork() {
		long pid = ProcessHandle.current().pid();
		ProcessCpu before = ProcessCpu.now(Map.of("self", pid));
		long sum = 0;
		for (long end = System.nanoTime() + 300_000_000L; System.nanoTime() < end;) {
			sum += Long.numberOfTrailingZeros(System.nanoTime());
		}
		ProcessCpu spent = ProcessCpu.now(Map.of("self", pid)).since(before);

		assertThat(sum).isPositive();
		assertThat(spent.used()).containsKeys("self", ProcessCpu.HARNESS);
		assertThat(spent.used().get("self")).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void aProcessMissingAtEitherMomentOrRestartedIsLeftOut() {
		ProcessCpu before = new ProcessCpu(Map.of("kafka", Duration.ofSeconds(10), "ingest", Duration.ofSeconds(50)));
		ProcessCpu after = new ProcessCpu(Map.of("kafka", Duration.ofSeconds(40), "ingest", Duration.ofSeconds(2),
				"search", Duration.ofSeconds(7)));

		assertThat(after.since(before).used()).isEqualTo(Map.of("kafka", Duration.ofSeconds(30)));
	}

	@Test
	void reportsMillisecondsPerArticleByProcessAndTogether() {
		Map<String, Duration> used = new LinkedHashMap<>();
		used.put("ingest", Duration.ofSeconds(12));
		used.put("search", Duration.ofSeconds(3));
		ProcessCpu spent = new ProcessCpu(used);

		assertThat(spent.perArticle(1000, 10_000)).startsWith("CPU per article: ingest 12.0 ms, search 3.0 ms, together 15.0 ms");
	}
}
