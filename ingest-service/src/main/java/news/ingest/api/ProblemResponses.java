package news.ingest.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns a refused URL into an RFC 9457 problem body; other errors get Spring's own problem details. */
@RestControllerAdvice
class ProblemResponses {

	static final URI INVALID_URL = URI.create("https://news-pipeline.local/problems/invalid-url");

	@ExceptionHandler(InvalidUrlException.class)
	ProblemDetail invalidUrl(InvalidUrlException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(INVALID_URL);
		problem.setTitle("Invalid article URL");
		problem.setProperty("url", ex.url());
		return problem;
	}
}
