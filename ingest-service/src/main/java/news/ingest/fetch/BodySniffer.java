package news.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Second opinions on what a server says about its body: the Content-Type may be missing or wrong, so the bytes
 * themselves are checked for being text, and a Latin-1 label on bytes that are plainly UTF-8 is dropped.
 */
final class BodySniffer {

	/** Enough of the body to tell text from binary; binary formats show themselves in their first bytes. */
	private static final int SNIFF_BYTES = 1024;

	/** Charsets servers and frameworks send by default, often for pages that are really UTF-8. */
	private static final Set<String> DEFAULT_LABELS = Set.of("iso-8859-1", "us-ascii", "windows-1252");

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

	/**
	 * The header's charset unless it is a Latin-1 default on a body that decodes strictly as UTF-8 with non-ASCII
	 * characters in it; then null, so the decoder reads the page's own {@code <meta charset>} or its BOM, or falls
	 * back to UTF-8. Real Latin-1 text almost never happens to be valid UTF-8 (it would need "Ã©"-like pairs).
	 */
	static String trustedCharset(String declared, byte[] body) {
		if (declared == null || !DEFAULT_LABELS.contains(declared.toLowerCase(Locale.ROOT)) || isAscii(body)) {
			return declared;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body));
			return null;
		}
		catch (CharacterCodingException ex) {
			return declared;
		}
	}

	private static boolean isAscii(byte[] body) {
		for (byte b : body) {
			if (b < 0) {
				return false;
			}
		}
		return true;
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
