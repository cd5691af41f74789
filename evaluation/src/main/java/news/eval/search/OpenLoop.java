package news.eval.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * Sends requests at a fixed arrival rate whatever the answers take (an open loop) to two targets in alternating
 * blocks, and measures each latency from the moment the request was due, not from when it went out: a stall
 * delays the requests behind it and they count as slow (no coordinated omission). Within each pair of blocks the
 * targets swap who goes first, and target {@code t}'s {@code k}-th request is query {@code k} for both, so both
 * answer the same queries, each as often second (with warmer caches) as first.
 */
final class OpenLoop {

	/** Sends query {@code k}; completes with the HTTP status, or exceptionally when no answer came. */
	interface Target {
		CompletableFuture<Integer> send(int k);
	}

	/** Time as the loop sees it: a real one in use, a simulated one in tests. */
	interface Clock {

		long nanoTime();

		/** Returns at or after {@code nanos}; at once when that is past. */
		void sleepUntil(long nanos);

		Clock SYSTEM = new Clock() {
			@Override
			public long nanoTime() {
				return System.nanoTime();
			}

			@Override
			public void sleepUntil(long nanos) {
				for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
					LockSupport.parkNanos(left);
				}
			}
		};
	}

	/**
	 * @param latencies of the measured requests, in microseconds, from when each was due until its answer
	 * @param errors answers other than 2xx, and requests that got none
	 * @param firstError what went wrong first (a status or an exception); null without errors
	 * @param maxSendLagMicros how late the loop sent a request at worst: if large, the loop itself could not keep
	 * the rate
	 * @param seconds how long the target took over its measured blocks: each block from its first request being
	 * due until the end of the block or its last answer, whichever came later
	 * @param byQuery the latency of query {@code k} in microseconds at index {@code k}; -1 where not measured
	 * (warm-up)
	 */
	record Result(Histogram latencies, long errors, String firstError, long maxSendLagMicros, double seconds,
			long[] byQuery) {

		/** Answers per second: the offered rate when the target kept up, less when answers trailed the blocks. */
		double achievedRate() {
			return this.latencies.getTotalCount() / this.seconds;
		}
	}

	/** Latencies beyond this are recorded as this: a minute is failure whatever the exact figure. */
	private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

	private final Clock clock;

	private final double rate;

	private final int blockSlots;

	private final int warmupBlocks;

	private final int measuredBlocks;

	/**
	 * @param rate requests per second to each target while it is offered load
	 * @param blockSlots requests in a row to one target before the other has its turn
	 * @param warmupBlocks blocks per target before measuring, their latencies discarded
	 * @param measuredBlocks measured blocks per target
	 */
	OpenLoop(Clock clock, double rate, int blockSlots, int warmupBlocks, int measuredBlocks) {
		this.clock = clock;
		this.rate = rate;
		this.blockSlots = blockSlots;
		this.warmupBlocks = warmupBlocks;
		this.measuredBlocks = measuredBlocks;
	}

	/** Queries each target gets, warm-up included: query indices run from 0 to this, exclusive. */
	int queriesPerTarget() {
		return (this.warmupBlocks + this.measuredBlocks) * this.blockSlots;
	}

	/** @return the results of the first and the second target */
	List<Result> run(Target first, Target second) throws InterruptedException {
		List<Target> targets = List.of(first, second);
		List<AtomicLong> errors = List.of(new AtomicLong(), new AtomicLong());
		List<AtomicReference<String>> firstErrors = List.of(new AtomicReference<>(), new AtomicReference<>());
		long[] maxLag = new long[2];
		long[][] byQuery = new long[2][queriesPerTarget()];
		Arrays.fill(byQuery[0], -1);
		Arrays.fill(byQuery[1], -1);
		int[] next = new int[2];
		List<CompletableFuture<?>> pending = new ArrayList<>();
		long periodNanos = Math.round(1e9 / this.rate);
		int blocks = 2 * (this.warmupBlocks + this.measuredBlocks);
		AtomicLongArray lastAnswer = new AtomicLongArray(blocks);
		long start = this.clock.nanoTime();
		for (long slot = 0; slot < (long) blocks * this.blockSlots; slot++) {
			int block = (int) (slot / this.blockSlots);
			int t = target(block);
			boolean measured = block >= 2 * this.warmupBlocks;
			long due = start + slot * periodNanos;
			this.clock.sleepUntil(due);
			long lag = this.clock.nanoTime() - due;
			if (measured) {
				maxLag[t] = Math.max(maxLag[t], lag);
			}
			int k = next[t]++;
			CompletableFuture<Integer> answer;
			try {
				answer = targets.get(t).send(k);
			}
			catch (RuntimeException ex) {
				answer = CompletableFuture.failedFuture(ex);
			}
			if (!measured) {
				continue;
			}
			AtomicLong failures = errors.get(t);
			AtomicReference<String> firstError = firstErrors.get(t);
			long[] latencyOf = byQuery[t];
			pending.add(answer.handle((status, failure) -> {
				long now = this.clock.nanoTime();
				lastAnswer.accumulateAndGet(block, now, Math::max);
				long micros = (now - due) / 1_000;
				latencyOf[k] = micros;
				if (failure != null || status / 100 != 2) {
					failures.incrementAndGet();
					firstError.compareAndSet(null, failure != null ? failure.toString() : "HTTP status " + status);
				}
				return null;
			}));
		}
		try {
			CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("requests still unanswered two minutes after the last was sent", ex);
		}
		long[] busyNanos = new long[2];
		long blockNanos = this.blockSlots * periodNanos;
		for (int block = 2 * this.warmupBlocks; block < blocks; block++) {
			long blockStart = start + block * blockNanos;
			busyNanos[target(block)] += Math.max(lastAnswer.get(block), blockStart + blockNanos)
					- blockStart;
		}
		List<Result> results = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			results.add(new Result(histogram(byQuery[t]), errors.get(t).get(), firstErrors.get(t).get(), maxLag[t] / 1_000,
					busyNanos[t] / 1e9, byQuery[t]));
		}
		return results;
	}

	/** The measured latencies, each at most {@link #MAX_MICROS}. */
	private static Histogram histogram(long[] byQuery) {
		Histogram histogram = new Histogram(MAX_MICROS, 3);
		for (long micros : byQuery) {
			if (micros >= 0) {
				histogram.recordValue(Math.min(micros, MAX_MICROS));
			}
		}
		return histogram;
	}

	/** 0 1 1 0 0 1 1 0 …: the targets alternate, and swap who goes first in each pair of blocks. */
	private static int target(int block) {
		return (block % 2) ^ ((block / 2) % 2);
	}
}
