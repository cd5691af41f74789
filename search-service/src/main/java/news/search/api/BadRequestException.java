package news.search.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A request the API refuses; Spring renders it as an RFC 9457 problem body. */
class BadRequestException extends ErrorResponseException {

	BadRequestException(String detail) {
		super(HttpStatus.BAD_REQUEST);
		setTitle("Bad request");
		setDetail(detail);
	}
}
