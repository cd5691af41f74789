package news.search.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** More searches at once than this instance admits; Spring renders it as an RFC 9457 problem body. */
class TooBusyException extends ErrorResponseException {

	/** Long enough for a saturated instance to work off its searches, short enough not to lose a reader. */
	static final int RETRY_AFTER_SECONDS = 1;

	TooBusyException(int limit) {
		super(HttpStatus.SERVICE_UNAVAILABLE);
		setTitle("Too busy");
		setDetail("this instance is running as many searches as it admits (" + limit + "); retry in a second");
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
	}
}
