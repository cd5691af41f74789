package news.ingest.extract;

/** Whitespace normalisation shared by metadata and body text. */
final class TextNormalizer {

	private TextNormalizer() {
	}

	/**
	 * Each run of whitespace, including the no-break and zero-width spaces pages use for layout, as one space; then
	 * trimmed. The same as replacing {@code [\s\u00A0\u2007\u202F\u200B\uFEFF]+} by a space, without a regex: every
	 * paragraph of every page passes here, and most hold no run to replace, so they are returned as they are.
	 */
	static String collapse(String text) {
		if (text == null) {
			return "";
		}
		int length = text.length();
		int first = firstRunToReplace(text);
		if (first == length) {
			return text.trim();
		}
		StringBuilder collapsed = new StringBuilder(length).append(text, 0, first);
		for (int i = first; i < length;) {
			if (isSpace(text.charAt(i))) {
				collapsed.append(' ');
				while (i < length && isSpace(text.charAt(i))) {
					i++;
				}
			}
			else {
				collapsed.append(text.charAt(i++));
			}
		}
		return collapsed.toString().trim();
	}

	/** {@link #collapse} with soft hyphens removed: they only mark where a line may break, the reader sees a word. */
	static String collapseWithoutSoftHyphens(String text) {
		return collapse((text == null) ? null : text.replace("\u00AD", ""));
	}

	/** Where the first run of spaces other than a lone plain space starts; the length if none. */
	private static int firstRunToReplace(String text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (isSpace(c) && (c != ' ' || i + 1 < length && isSpace(text.charAt(i + 1)))) {
				return i;
			}
		}
		return length;
	}

	/** Java's {@code \s} (space, tab, line feed, vertical tab, form feed, carriage return) and the layout spaces. */
	private static boolean isSpace(char c) {
		return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
				|| c == '\uFEFF';
	}

}
