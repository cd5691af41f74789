package news.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns fetched bytes into a DOM. The HTTP header charset wins when it names a charset Java knows; otherwise jsoup
 * sniffs the BOM and {@code <meta charset>} / {@code http-equiv} itself and falls back to UTF-8.
 */
final class PageDecoder {

	Document decode(byte[] html, String contentTypeCharset, String pageUrl) {
		String baseUri = (pageUrl != null) ? pageUrl : "";
		try {
			return Jsoup.parse(new ByteArrayInputStream(html), supportedCharset(contentTypeCharset), baseUri);
		}
		catch (IOException ex) {
			// Reading from a byte array cannot fail for I/O reasons.
			throw new UncheckedIOException(ex);
		}
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
