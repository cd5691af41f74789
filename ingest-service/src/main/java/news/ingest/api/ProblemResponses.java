package news.ingest.api;

import java.net.URI;

import news.ingest.api.SubmissionQuota.OverQuotaException;
import news.kafka.EventPublisher.PublishFailedException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns a refused URL, a client over its quota and a submission Kafka did not store into RFC 9457 problem bodies;
 * other errors get Spring's own problem details.
 */
@RestControllerAdvice
class ProblemResponses {

	/** About how long a broker takes to come back after a restart. */
	static final int RETRY_AFTER_SECONDS = 10;

	static final URI INVALID_URL = URI.create("https://news-pipeline.local/problems/invalid-url");

	@ExceptionHandler(InvalidUrlException.class)
	ProblemDetail invalidUrl(InvalidUrlException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(INVALID_URL);
		problem.setTitle("Invalid article URL");
		problem.setProperty("url", ex.url());
		return problem;
	}

	/**
	 * 429 with Retry-After while the client's allowance for this second is spent; 413 for a batch larger than a
	 * whole second's allowance, which no wait would let through.
	 */
	@ExceptionHandler(OverQuotaException.class)
	ResponseEntity<ProblemDetail> overQuota(OverQuotaException ex) {
		if (ex.neverFits()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					ex.getMessage() + " Split it into smaller batches.");
			problem.setTitle("Batch larger than the quota");
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		problem.setTitle("Too many submissions");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(SubmissionQuota.WINDOW.toSeconds()))
			.body(problem);
	}

	/**
	 * Not stored, so not accepted: the client should send it again. Kafka may still have stored it (the broker's
	 * answer was lost), which a second submission of the same URL makes harmless: it has the same id.
	 */
	@ExceptionHandler(PublishFailedException.class)
	ResponseEntity<ProblemDetail> notStored(PublishFailedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The submission could not be stored; send it again later.");
		problem.setTitle("Submission not stored");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
			.body(problem);
	}
}
