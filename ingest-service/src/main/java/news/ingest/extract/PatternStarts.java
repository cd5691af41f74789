package news.ingest.extract;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of an anchored pattern can start with, found by trying the pattern on each character alone:
 * a character that neither matches nor leaves the matcher wanting more text ({@link Matcher#hitEnd}) starts no
 * match, whatever follows. A table built from the pattern itself follows every edit of its alternatives, and turns
 * away at one lookup the many texts a long case-insensitive alternation would try alternative by alternative.
 */
final class PatternStarts {

	private final BitSet starts = new BitSet(Character.MAX_VALUE + 1);

	/** @param pattern matched with {@code lookingAt}, from the start of the text */
	PatternStarts(Pattern pattern) {
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			// A surrogate is half a character; its pair is not known here.
			Matcher m = pattern.matcher(String.valueOf((char) c));
			if (Character.isSurrogate((char) c) || m.lookingAt() || m.hitEnd()) {
				this.starts.set(c);
			}
		}
	}

	/** False when no match can start the text; true when one may (or the text is empty). */
	boolean mayStart(CharSequence text) {
		return text.length() == 0 || this.starts.get(text.charAt(0));
	}

}
