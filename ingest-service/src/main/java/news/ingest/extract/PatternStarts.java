package news.ingest.extract;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of an anchored pattern can start with, found by trying the pattern on each character alone:
 * a character that neither matches nor leaves the matcher wanting more text ({@link Matcher#hitEnd}) starts no
 * match, whatever follows. A table built from the pattern itself follows every edit of its alternatives, and turns
 * away at one lookup the many texts a long case-insensitive alternation would try alternative by alternative. The
 * same for the second character after each possible first, tried over the Latin letters, where most texts that
 * pass the first test start ("The", "Photo") and labels differ; a second character beyond those is let through.
 */
final class PatternStarts {

	/** Second characters below this are tried; the table would grow with the square of the alphabet. */
	private static final char TRIED_SECONDS = 0x250;

	private final BitSet starts = new BitSet(Character.MAX_VALUE + 1);

	private final Map<Character, BitSet> secondsAfter = new HashMap<>();

	/** @param pattern matched with {@code lookingAt}, from the start of the text */
	PatternStarts(Pattern pattern) {
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			// A surrogate is half a character; its pair is not known here.
			if (Character.isSurrogate((char) c) || mayMatch(pattern, String.valueOf((char) c))) {
				this.starts.set(c);
			}
		}
		for (int c = this.starts.nextSetBit(0); c >= 0; c = this.starts.nextSetBit(c + 1)) {
			if (!Character.isSurrogate((char) c)) {
				BitSet seconds = new BitSet(TRIED_SECONDS);
				for (char d = 0; d < TRIED_SECONDS; d++) {
					seconds.set(d, mayMatch(pattern, new String(new char[] { (char) c, d })));
				}
				this.secondsAfter.put((char) c, seconds);
			}
		}
	}

	private static boolean mayMatch(Pattern pattern, String start) {
		Matcher m = pattern.matcher(start);
		return m.lookingAt() || m.hitEnd();
	}

	/** False when no match can start the text; true when one may (or the text is empty). */
	boolean mayStart(CharSequence text) {
		if (text.length() == 0 || !this.starts.get(text.charAt(0))) {
			return text.length() == 0;
		}
		if (text.length() == 1 || text.charAt(1) >= TRIED_SECONDS) {
			return true;
		}
		BitSet seconds = this.secondsAfter.get(text.charAt(0));
		return seconds == null || seconds.get(text.charAt(1));
	}

}
