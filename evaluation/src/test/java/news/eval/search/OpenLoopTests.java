package news.eval.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The loop's accounting, on a simulated clock: no real time passes in these tests. */
class OpenLoopTests {

	/** A clock that only moves when told to, and sleeps by jumping ahead. */
	static final class SimulatedClock implements OpenLoop.Clock {

		long now;

		@Override
		public long nanoTime() {
			return this.now;
		}

		@Override
		public void sleepUntil(long nanos) {
			this.now = Math.max(this.now, nanos);
		}

		void advanceMillis(long millis) {
			this.now += TimeUnit.MILLISECONDS.toNanos(millis);
		}
	}

	private final SimulatedClock clock = new SimulatedClock();

	private final List<String> sent = new ArrayList<>();

	/** A target that answers on the caller's thread after {@code millis[k]} (the last one for later queries). */
	private OpenLoop.Target target(String name, int status, long... millis) {
		return k -> {
			this.sent.add(name + k);
			this.clock.advanceMillis(millis[Math.min(k, millis.length - 1)]);
			return CompletableFuture.completedFuture(status);
		};
	}

	@Test
	void requestsHeldUpByAStallCountFromWhenTheyWereDue() throws Exception {
		// 10 per second: one due every 100 ms. The first answer takes 350 ms and, answered on the sending thread,
		// holds up the two requests behind it.
		OpenLoop loop = new OpenLoop(this.clock, 10, 4, 0, 1);
		List<OpenLoop.Result> results = loop.run(target("a", 200, 350, 1), target("b", 200, 1));

		var a = results.get(0).latencies();
		assertThat(a.getTotalCount()).isEqualTo(4);
		assertThat(a.getCountAtValue(350_000)).isEqualTo(1);
		// Due at 100 ms, sent at 350 ms, answered at 351 ms.
		assertThat(a.getCountAtValue(251_000)).isEqualTo(1);
		assertThat(a.getCountAtValue(152_000)).isEqualTo(1);
		assertThat(a.getCountAtValue(53_000)).isEqualTo(1);
		assertThat(results.get(0).maxSendLagMicros()).isEqualTo(250_000);
		// Each query's own latency too, for the report's split by kind of search.
		assertThat(results.get(0).byQuery()).containsExactly(350_000, 251_000, 152_000, 53_000);
		var b = results.get(1).latencies();
		assertThat(b.getTotalCount()).isEqualTo(4);
		assertThat(b.getMaxValue()).isLessThan(1_100);
		assertThat(results.get(1).maxSendLagMicros()).isZero();
	}

	@Test
	void targetsAlternateInBlocksAndGetTheSameQueries() throws Exception {
		OpenLoop loop = new OpenLoop(this.clock, 10, 2, 1, 1);
		assertThat(loop.queriesPerTarget()).isEqualTo(4);
		List<OpenLoop.Result> results = loop.run(target("a", 200, 1), target("b", 200, 1));
		// Warm-up pair: a then b; measured pair: b then a.
		assertThat(this.sent).containsExactly("a0", "a1", "b0", "b1", "b2", "b3", "a2", "a3");
		// Warm-up queries have no latency of their own.
		assertThat(results.get(0).byQuery()).containsExactly(-1, -1, 1_000, 1_000);
		// Both kept up: each answered within its block, at the offered rate.
		assertThat(results).allSatisfy(r -> assertThat(r.achievedRate()).isEqualTo(10.0));
	}

	@Test
	void warmUpIsNotMeasuredAndErrorsAreCounted() throws Exception {
		OpenLoop loop = new OpenLoop(this.clock, 10, 3, 2, 1);
		List<OpenLoop.Result> results = loop.run(target("a", 503, 1), k -> CompletableFuture
			.failedFuture(new java.io.IOException("connection refused")));
		assertThat(results.get(0).latencies().getTotalCount()).isEqualTo(3);
		assertThat(results.get(0).errors()).isEqualTo(3);
		assertThat(results.get(1).errors()).isEqualTo(3);
	}

	@Test
	void achievedRateFallsWhenAnswersTrailTheBlock() throws Exception {
		// Each answer takes 250 ms at 10 per second: the sending thread falls behind, as a target that cannot
		// keep up makes it.
		OpenLoop slow = new OpenLoop(this.clock, 10, 10, 0, 2);
		List<OpenLoop.Result> results = slow.run(target("a", 200, 250), target("b", 200, 1));
		// Two blocks of ten requests, each block answered 2.5 s after it began: 4 answers a second.
		assertThat(results.get(0).achievedRate()).isEqualTo(4.0);
	}
}
