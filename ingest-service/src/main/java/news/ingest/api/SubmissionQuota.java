package news.ingest.api;

import java.time.Duration;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

import org.springframework.stereotype.Component;

/**
 * How many URLs each API key may submit per second (resilience4j, one limiter per key). Counted per URL, not per
 * request: a batch of 100 URLs costs the fetcher 100 pages, so it costs the client 100 submissions.
 */
@Component
class SubmissionQuota {

	/** The limiter's window: a refused client may try again after it. */
	static final Duration WINDOW = Duration.ofSeconds(1);

	private final RateLimiterRegistry limiters;

	private final int perSecond;

	SubmissionQuota(IngestApiProperties properties) {
		this.perSecond = properties.submissionsPerSecond();
		this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
			.limitForPeriod(this.perSecond)
			.limitRefreshPeriod(WINDOW)
			.timeoutDuration(Duration.ZERO)
			.build());
	}

	/**
	 * Takes {@code urls} submissions from the client's allowance, all or none.
	 * @param client the key's fingerprint ({@link ApiKeyFilter#CLIENT}), so keys never name a limiter or metric
	 * @throws OverQuotaException if the allowance of this window is spent, or the request alone exceeds it
	 */
	void take(String client, int urls) {
		if (!this.limiters.rateLimiter(client).acquirePermission(urls)) {
			throw new OverQuotaException(urls, this.perSecond);
		}
	}

	/** Refused whole: nothing of the request was queued. */
	static class OverQuotaException extends RuntimeException {

		private final int urls;

		private final int perSecond;

		OverQuotaException(int urls, int perSecond) {
			super("At most " + perSecond + " URLs per second per key; this request has " + urls + ".");
			this.urls = urls;
			this.perSecond = perSecond;
		}

		/** Waiting cannot help a request larger than a whole window's allowance: it must be split. */
		boolean neverFits() {
			return this.urls > this.perSecond;
		}
	}
}
