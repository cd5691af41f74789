package news.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern searched anywhere in a short paragraph, behind a cheap test: its cues, words one of
 * which every match contains. {@code find} tries the pattern's alternatives at every character, which made these
 * searches a tenth of the extraction time; most paragraphs hold no cue and are now turned away by a few
 * {@code String.contains} on the paragraph's folded text.
 *
 * <p>The test never turns away a text the pattern matches. With {@code CASE_INSENSITIVE | UNICODE_CASE} the JDK
 * matches a literal character {@code p} of the pattern against a text character {@code c} when {@code c} equals
 * {@code fold(p)} or {@code fold(c)} does, {@code fold} being {@code toLowerCase(toUpperCase(·))}
 * ({@code Pattern.SingleU}, {@code Pattern.SliceU}): "ſ" matches "s", the Kelvin sign "k", "İ" and "ı" "i".
 * Characters outside the BMP fold outside it, so folding each UTF-16 unit is enough. Each cue is a run of literal
 * characters of an alternative, written folded ({@code fold(p) == p}, checked here): a match's characters at the
 * cue fold to it, so the folded text contains it. {@code CuedPatternTest} checks the folding rule against the JDK's
 * regex for every character and that a sample of each alternative passes the cues.
 */
record CuedPattern(Pattern pattern, List<String> cues) {

	CuedPattern {
		int caseless = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		if ((pattern.flags() & caseless) != caseless) {
			throw new IllegalArgumentException("Cues are folded as CASE_INSENSITIVE | UNICODE_CASE compare: " + pattern);
		}
		for (String cue : cues) {
			if (!cue.equals(fold(cue))) {
				throw new IllegalArgumentException("A cue is written folded (lower case): " + cue);
			}
		}
		cues = List.copyOf(cues);
	}

	/** The pattern, case-insensitive in every script, and the cues of its alternatives (one may serve several). */
	static CuedPattern of(String regex, String... cues) {
		return new CuedPattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), List.of(cues));
	}

	/** Whether the pattern occurs in the text; {@code folded} is {@link #fold(String) fold(text)}. */
	boolean find(String text, String folded) {
		return hasCue(folded) && this.pattern.matcher(text).find();
	}

	/** Whether the folded text holds a cue: without one, neither it nor any part of it can match. */
	boolean hasCue(String folded) {
		for (String cue : this.cues) {
			if (folded.contains(cue)) {
				return true;
			}
		}
		return false;
	}

	/** The text with each UTF-16 unit folded as case-insensitive regex literals compare it. */
	static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c < 0x80) {
				// ASCII folds to ASCII lower case, and most text is ASCII.
				chars[i] = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
			}
			else {
				// The int overloads, as the regex calls them; a fold outside the BMP, cut to a char, only adds cues.
				chars[i] = (char) Character.toLowerCase(Character.toUpperCase((int) c));
			}
		}
		return new String(chars);
	}

}
