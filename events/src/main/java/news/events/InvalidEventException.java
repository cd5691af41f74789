package news.events;

/** A record that can never be processed: retrying it is pointless, it belongs in the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

	public InvalidEventException(String message) {
		super(message);
	}

	public InvalidEventException(String message, Throwable cause) {
		super(message, cause);
	}
}
