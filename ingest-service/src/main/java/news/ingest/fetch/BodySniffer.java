package news.ingest.fetch;

/**
 * A second opinion on what a server says about its body: the Content-Type may be missing or wrong, so the bytes
 * themselves are checked for being text (a Latin-1 label on bytes that are plainly UTF-8 is the decoder's to
 * overrule).
 */
final class BodySniffer {

	/** Enough of the body to tell text from binary; binary formats show themselves in their first bytes. */
	private static final int SNIFF_BYTES = 1024;

	private BodySniffer() {
	}

	/** Refuses a body that is not text whatever its label: a PDF, or bytes with NULs (images, archives). */
	static void requireText(byte[] body) throws FetchFailedException {
		if (startsWith(body, "%PDF-")) {
			throw new FetchFailedException("not HTML: PDF content");
		}
		// UTF-16 pages carry NULs but start with a byte order mark, which the decoder honours.
		boolean utf16 = body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
				|| (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE));
		for (int i = 0; !utf16 && i < Math.min(body.length, SNIFF_BYTES); i++) {
			if (body[i] == 0) {
				throw new FetchFailedException("not HTML: binary content");
			}
		}
	}

	private static boolean startsWith(byte[] body, String magic) {
		if (body.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if (body[i] != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
