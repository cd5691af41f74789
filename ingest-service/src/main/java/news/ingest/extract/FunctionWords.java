package news.ingest.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells the language of a text's opening by its function words ({@link MetadataRules#FUNCTION_WORDS}): in running
 * text of one language they are a fifth and more of the words, where another language's list finds a few. Counting
 * them over a hundred words takes microseconds; OpenNLP's detector takes a quarter of a millisecond on a 200-character
 * glance, a tenth of a whole extraction, for the answer the page declares on almost every page.
 */
final class FunctionWords {

	/** Enough words for the shares to settle; the opening is what the detector reads first too. */
	private static final int OPENING_WORDS = 100;

	/** Fewer words (a caption, a teaser) say too little to be sure. */
	private static final int MIN_WORDS = 30;

	/** A language's share of the opening's words, at least. */
	private static final double MIN_SHARE = 0.2;

	/**
	 * And this many times any other language's: related languages share words ("de", "la", "que"), and a quote in
	 * another language raises that one's share.
	 */
	private static final double LEAD = 1.5;

	private final String[] languages;

	/** Each function word with the bits of the languages whose list holds it. */
	private final Map<String, Integer> languagesOfWord = new HashMap<>();

	/** Longer words are no function words: counted, not looked up. */
	private final int longest;

	FunctionWords() {
		this.languages = MetadataRules.FUNCTION_WORDS.keySet().toArray(String[]::new);
		for (int i = 0; i < this.languages.length; i++) {
			for (String word : MetadataRules.FUNCTION_WORDS.get(this.languages[i]).split(" ")) {
				this.languagesOfWord.merge(word, 1 << i, (a, b) -> a | b);
			}
		}
		this.longest = this.languagesOfWord.keySet().stream().mapToInt(String::length).max().orElse(0);
	}

	/** ISO 639-1 code of the language the text plainly opens in, or null when its words do not tell. */
	String language(String text) {
		int[] hits = new int[this.languages.length];
		int words = 0;
		StringBuilder word = new StringBuilder(16);
		for (int i = 0; i <= text.length() && words < OPENING_WORDS; i++) {
			char c = (i < text.length()) ? text.charAt(i) : ' ';
			if (Character.isLetter(c)) {
				word.append(Character.toLowerCase(c));
			}
			else if (word.length() > 0) {
				words++;
				if (word.length() <= this.longest) {
					count(word.toString(), hits);
				}
				word.setLength(0);
			}
		}
		return (words < MIN_WORDS) ? null : leader(hits, words);
	}

	private void count(String word, int[] hits) {
		Integer bits = this.languagesOfWord.get(word);
		if (bits != null) {
			for (int i = 0; i < hits.length; i++) {
				hits[i] += (bits >> i) & 1;
			}
		}
	}

	private String leader(int[] hits, int words) {
		int best = 0;
		for (int i = 1; i < hits.length; i++) {
			best = (hits[i] > hits[best]) ? i : best;
		}
		if (hits[best] < MIN_SHARE * words) {
			return null;
		}
		for (int i = 0; i < hits.length; i++) {
			if (i != best && hits[best] < LEAD * hits[i]) {
				return null;
			}
		}
		return this.languages[best];
	}

}
