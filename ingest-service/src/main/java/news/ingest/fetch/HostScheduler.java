package news.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Politeness: one request at a time per host, and a pause between requests to it. A fetch takes the host's
 * turn, waits out the pause the previous request left, and on leaving sets the next pause (the minimum delay, a
 * robots.txt Crawl-delay or a server's Retry-After, whichever is longest).
 */
class HostScheduler {

	/** Hosts not seen for this long are forgotten; their next request starts without a pause. */
	private static final Duration FORGET_AFTER = Duration.ofMinutes(10);

	private final Cache<String, HostTurn> hosts = Caffeine.newBuilder().expireAfterAccess(FORGET_AFTER).build();

	HostTurn awaitTurn(String host) throws InterruptedException {
		HostTurn turn = this.hosts.get(host, h -> new HostTurn());
		turn.lock.lockInterruptibly();
		long wait = turn.nextAllowedNanos - System.nanoTime();
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
		return turn;
	}

	static final class HostTurn {

		private final ReentrantLock lock = new ReentrantLock(true);

		private volatile long nextAllowedNanos = System.nanoTime();

		/** Ends the turn; the host's next request waits {@code pause} from now. */
		void release(Duration pause) {
			this.nextAllowedNanos = System.nanoTime() + pause.toNanos();
			this.lock.unlock();
		}
	}
}
