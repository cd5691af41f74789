package news.ingest.extract;

import java.util.regex.Pattern;

/** Whitespace normalisation shared by metadata and body text. */
final class TextNormalizer {

	/** Any run of whitespace, including the no-break and zero-width spaces pages use for layout. */
	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

	private TextNormalizer() {
	}

	static String collapse(String text) {
		return (text != null) ? WHITESPACE.matcher(text).replaceAll(" ").trim() : "";
	}

}
