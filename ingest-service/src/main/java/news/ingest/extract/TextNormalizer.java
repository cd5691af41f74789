package news.ingest.extract;

/** Whitespace normalisation shared by metadata and body text. */
final class TextNormalizer {

	private TextNormalizer() {
	}

	/**
	 * Each run of whitespace as one space, trimmed. Whitespace is the regex {@code \s} ({@code [ \t\n\x0B\f\r]}) and
	 * the no-break and zero-width spaces pages use for layout. A loop rather than a regex replace: every paragraph
	 * of the body passes here.
	 */
	static String collapse(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder collapsed = new StringBuilder(text.length());
		boolean inRun = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c)) {
				collapsed.append(c);
				inRun = false;
			}
			else if (!inRun) {
				collapsed.append(' ');
				inRun = true;
			}
		}
		return collapsed.toString().trim();
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
				|| c == '\uFEFF';
	}

}
