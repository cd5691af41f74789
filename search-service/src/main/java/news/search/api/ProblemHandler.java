package news.search.api;

import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem body: Spring's own exceptions (bad parameter types, unknown paths, wrong
 * methods) through {@link ResponseEntityExceptionHandler}, plus Elasticsearch refusing a query, Elasticsearch
 * unreachable, and anything unexpected (500, without internals).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler
	ProblemDetail elasticsearchRefused(ElasticsearchException ex) {
		if (ex.status() == 400) {
			return problem(HttpStatus.BAD_REQUEST, "Query refused",
					"the search engine cannot run this query: simplify it (" + ex.error().type() + ")");
		}
		log.warn("Elasticsearch failed", ex);
		return problem(HttpStatus.BAD_GATEWAY, "Search engine error", "the search engine failed; try again");
	}

	@ExceptionHandler
	ProblemDetail elasticsearchUnreachable(UncheckedIOException ex) {
		log.warn("Elasticsearch unreachable: {}", ex.getMessage());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "Search engine unavailable",
				"the search engine cannot be reached; try again shortly");
	}

	@ExceptionHandler
	ProblemDetail unexpected(RuntimeException ex) {
		log.error("unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "an unexpected error occurred");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
