package news.search.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An unknown article id; Spring renders it as an RFC 9457 problem body. */
class NotFoundException extends ErrorResponseException {

	NotFoundException(String detail) {
		super(HttpStatus.NOT_FOUND);
		setTitle("Not found");
		setDetail(detail);
	}
}
