package news.ingest.fetch;

/** The page could not be had; the message is the reason shown in the article's status. */
public class FetchFailedException extends Exception {

	public FetchFailedException(String reason) {
		super(reason);
	}

	public FetchFailedException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
