package news.search.api;

import java.io.IOException;

import news.search.stream.ArticleStream;
import news.search.stream.StreamPosition;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/stream}: newly indexed articles matching the search filters, as server-sent events
 * ({@code event: article}, {@code id: <indexedAt millis>-<article id>}, {@code data:} the search hit as JSON).
 * A client that reconnects with {@code Last-Event-ID} (or {@code ?lastEventId=}) first gets what was indexed
 * after that event.
 */
@RestController
@RequestMapping("/api")
class StreamController {

	private final ArticleStream stream;

	StreamController(ArticleStream stream) {
		this.stream = stream;
	}

	@GetMapping(path = "/stream", produces = { MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	SseEmitter stream(FilterParams filters, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(name = "lastEventId", required = false) String lastEventIdParam) throws IOException {
		String resume = lastEventId != null && !lastEventId.isBlank() ? lastEventId : lastEventIdParam;
		StreamPosition position = null;
		if (resume != null && !resume.isBlank()) {
			try {
				position = StreamPosition.parse(resume.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException(ex.getMessage());
			}
		}
		SseEmitter emitter = this.stream.subscribe(filters.toFilters(), position);
		if (emitter == null) {
			ErrorResponseException full = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE);
			full.setTitle("Too many streams");
			full.setDetail("this instance serves its maximum of open streams; try again later");
			throw full;
		}
		return emitter;
	}
}
