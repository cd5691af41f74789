package news.enrich.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words, numbers and punctuation, and into sentences, in one pass over
 * the characters. Hyphenated words ("Kassym-Jomart", "COVID-19"), dotted abbreviations
 * ("U.S.", "Dec.") and currency prefixes ("US$") stay whole; a possessive "’s" and the
 * letters glued to a number ("5bn", "33rd") become tokens of their own, marked as joined.
 */
public final class Tokenizer {

	/**
	 * Currency prefixes such as "US$" or "HK$" are at most this many capitals before the
	 * dollar sign.
	 */
	private static final int MAX_DOLLAR_PREFIX = 3;

	/**
	 * Marks where a long word may break ("Bundes\u00ADkanzler"); German and government sites set one in every long
	 * word, and the page's text keeps them. Inside a word it is no boundary, and the token reads without it.
	 */
	private static final char SOFT_HYPHEN = '\u00AD';

	private final Set<String> abbreviations;

	/**
	 * @param abbreviations words that keep their trailing period and do not end a
	 * sentence ("Dec.", "Mr.")
	 */
	public Tokenizer(Set<String> abbreviations) {
		this.abbreviations = abbreviations;
	}

	public TokenizedText tokenize(String text) {
		List<Token> tokens = new ArrayList<>(text.length() / 5);
		int[] sentenceFirstToken = new int[16];
		int sentences = 0;
		boolean sentenceOpen = false;
		boolean endPending = false;
		boolean joined = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				// Paragraphs and headlines end without a full stop.
				if (c == '\n') {
					sentenceOpen = false;
					endPending = false;
				}
				joined = false;
				i++;
				continue;
			}
			int end = tokenEnd(text, i);
			if (endPending && !Character.isLowerCase(c)) {
				sentenceOpen = false;
			}
			endPending = false;
			if (!sentenceOpen) {
				if (sentences == sentenceFirstToken.length) {
					sentenceFirstToken = Arrays.copyOf(sentenceFirstToken, sentences * 2);
				}
				sentenceFirstToken[sentences++] = tokens.size();
				sentenceOpen = true;
			}
			String word = withoutSoftHyphens(text.substring(i, end));
			tokens.add(new Token(word, word.toLowerCase(Locale.ROOT), i, end, sentences - 1, joined));
			endPending = end - i == 1 && (c == '.' || c == '!' || c == '?');
			joined = true;
			i = end;
		}
		return new TokenizedText(text, tokens, Arrays.copyOf(sentenceFirstToken, sentences));
	}

	private int tokenEnd(String text, int start) {
		char c = text.charAt(start);
		if (Character.isLetter(c)) {
			return wordEnd(text, start);
		}
		if (Character.isDigit(c)) {
			return numberEnd(text, start);
		}
		if (isApostrophe(c) && isPossessiveAt(text, start)) {
			return start + 2;
		}
		return start + Character.charCount(text.codePointAt(start));
	}

	private int wordEnd(String text, int start) {
		int n = text.length();
		int j = start;
		while (j < n) {
			char c = text.charAt(j);
			if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
				j++;
			}
			else if ((c == '-' || c == SOFT_HYPHEN || isApostrophe(c)) && j + 1 < n
					&& Character.isLetterOrDigit(text.charAt(j + 1)) && !isPossessiveAt(text, j)) {
				j++;
			}
			else {
				break;
			}
		}
		if (j == n) {
			return j;
		}
		char next = text.charAt(j);
		// Letters glued to a number are a unit or scale ("40m."), whose period ends the
		// sentence.
		boolean afterNumber = start > 0 && Character.isDigit(text.charAt(start - 1));
		if (next == '.' && j - start == 1 && !afterNumber) {
			// An initial ("J.") or a dotted abbreviation ("U.S.", "a.m.").
			int k = j + 1;
			while (k + 1 < n && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.') {
				k += 2;
			}
			return k;
		}
		if (next == '.' && this.abbreviations.contains(text.substring(start, j + 1))) {
			return j + 1;
		}
		if (next == '$' && j - start <= MAX_DOLLAR_PREFIX
				&& text.substring(start, j).chars().allMatch(Character::isUpperCase)) {
			return j + 1;
		}
		return j;
	}

	private static int numberEnd(String text, int start) {
		int n = text.length();
		int j = start;
		while (j < n) {
			char c = text.charAt(j);
			if (Character.isDigit(c)) {
				j++;
			}
			else if ((c == ',' || c == '.') && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
				j++;
			}
			else {
				break;
			}
		}
		return j;
	}

	private static String withoutSoftHyphens(String word) {
		return (word.indexOf(SOFT_HYPHEN) < 0) ? word : word.replace(String.valueOf(SOFT_HYPHEN), "");
	}

	private static boolean isPossessiveAt(String text, int apostrophe) {
		int s = apostrophe + 1;
		return s < text.length() && (text.charAt(s) == 's' || text.charAt(s) == 'S')
				&& (s + 1 == text.length() || !Character.isLetter(text.charAt(s + 1)));
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '’';
	}

}
