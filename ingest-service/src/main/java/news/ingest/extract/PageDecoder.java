package news.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns fetched bytes into a DOM. The HTTP header charset wins when it names a charset Java knows, unless it is a
 * server's Latin-1 default on bytes that are plainly UTF-8 (see {@link #isUtf8BeyondAscii}); otherwise jsoup
 * sniffs the BOM and {@code <meta charset>} / {@code http-equiv} itself and falls back to UTF-8. It sniffs by parsing
 * the page's first 5 KB as a document of their own; where those bytes can declare nothing but UTF-8 (nine pages in
 * ten), the page is decoded as UTF-8 straight away, as jsoup would after the trial parse; so is a page whose
 * bytes are UTF-8 whatever it declares.
 */
final class PageDecoder {

	/** How much of the page jsoup parses to find a declared charset before parsing the page. */
	private static final int SNIFFED_BYTES = 5 * 1024;

	private static final byte[] CHARSET = "charset".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ENCODING = "encoding".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] UTF = "utf".getBytes(StandardCharsets.US_ASCII);

	/** Charsets servers and frameworks send by default, often for pages that are really UTF-8. */
	private static final Set<String> DEFAULT_LABELS = Set.of("iso-8859-1", "us-ascii", "windows-1252");

	/** What ends an attribute value or a content type's parameter. */
	private static final String VALUE_ENDS = "\"' \t\n\r\f;/>,";

	Document decode(byte[] html, String contentTypeCharset, String pageUrl) {
		String baseUri = (pageUrl != null) ? pageUrl : "";
		String charset = supportedCharset(contentTypeCharset);
		// A BOM still wins over a charset given to jsoup.
		// The cheap scan of the opening first: most pages declare UTF-8 or nothing, and need no decoding trial.
		boolean overrulable = charset == null || DEFAULT_LABELS.contains(charset.toLowerCase(Locale.ROOT));
		if (charset == null && declaresNoCharsetButUtf8(html) || overrulable && isUtf8BeyondAscii(html)) {
			charset = StandardCharsets.UTF_8.name();
		}
		try {
			return Jsoup.parse(new ByteArrayInputStream(html), charset, baseUri);
		}
		catch (IOException ex) {
			// Reading from a byte array cannot fail for I/O reasons.
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the opening jsoup sniffs can name no charset but UTF-8, the one it falls back to: each "charset" and
	 * "encoding" in it (any case) is followed by {@code =utf-8} or {@code =utf8}, and no character reference spells
	 * a letter (which could spell either word).
	 */
	static boolean declaresNoCharsetButUtf8(byte[] html) {
		int end = Math.min(html.length, SNIFFED_BYTES);
		for (int i = 0; i < end; i++) {
			int b = html[i] | 0x20;
			if (html[i] == '&' && i + 1 < end && html[i + 1] == '#' && isLetterReference(html, i + 2, end)) {
				return false;
			}
			byte[] word = (b == 'c') ? CHARSET : (b == 'e') ? ENCODING : null;
			if (word != null && startsWith(html, i, end, word) && !utf8Follows(html, i + word.length, end)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the page is well-formed UTF-8 with characters beyond ASCII, whatever it declares: CMS templates keep
	 * a {@code <meta charset=iso-8859-1>} long after the content turned UTF-8, servers send Latin-1 by default, and
	 * text in a single-byte charset is all but never valid UTF-8 by chance ("fÃ¥et").
	 */
	static boolean isUtf8BeyondAscii(byte[] html) {
		boolean beyondAscii = false;
		for (byte b : html) {
			if (b < 0) {
				beyondAscii = true;
				break;
			}
		}
		if (!beyondAscii) {
			return false;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(html));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** Whether the numeric character reference whose digits start at {@code start} stands for an ASCII letter. */
	private static boolean isLetterReference(byte[] html, int start, int end) {
		int i = start;
		boolean hex = i < end && (html[i] | 0x20) == 'x';
		i += hex ? 1 : 0;
		int value = 0;
		for (; i < end; i++) {
			int digit = Character.digit(html[i], hex ? 16 : 10);
			if (digit < 0) {
				break;
			}
			value = Math.min(value * (hex ? 16 : 10) + digit, Character.MAX_CODE_POINT + 1);
		}
		// A reference cut off at the end of the opening may go on with more digits.
		return i == end || value >= 'A' && value <= 'Z' || value >= 'a' && value <= 'z';
	}

	private static boolean startsWith(byte[] html, int at, int end, byte[] word) {
		if (at + word.length > end) {
			return false;
		}
		for (int k = 0; k < word.length; k++) {
			if ((html[at + k] | 0x20) != word[k]) {
				return false;
			}
		}
		return true;
	}

	/** {@code =utf-8} (spaces and a quote allowed around, any case) and a character that ends the value. */
	private static boolean utf8Follows(byte[] html, int at, int end) {
		int i = skipSpaces(html, at, end);
		if (i >= end || html[i] != '=') {
			return false;
		}
		i = skipSpaces(html, i + 1, end);
		i = (i < end && (html[i] == '"' || html[i] == '\'')) ? skipSpaces(html, i + 1, end) : i;
		if (!startsWith(html, i, end, UTF)) {
			return false;
		}
		i += 3;
		i = (i < end && html[i] == '-') ? i + 1 : i;
		return i + 1 < end && html[i] == '8' && VALUE_ENDS.indexOf(html[i + 1]) >= 0;
	}

	private static int skipSpaces(byte[] html, int at, int end) {
		int i = at;
		while (i < end && " \t\n\r\f".indexOf(html[i]) >= 0) {
			i++;
		}
		return i;
	}

	private static String supportedCharset(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String trimmed = name.trim().replace("\"", "").replace("'", "");
		try {
			return Charset.isSupported(trimmed) ? Charset.forName(trimmed).name() : null;
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

}
