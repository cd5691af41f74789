package news.ingest.api;

/** A submitted URL that cannot be fetched: the client gets a 400 saying why. */
class InvalidUrlException extends RuntimeException {

	private final String url;

	InvalidUrlException(String url, String reason) {
		super(reason);
		this.url = url;
	}

	String url() {
		return this.url;
	}
}
