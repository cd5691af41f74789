package news.enrich.tag.figure;

import news.enrich.tag.Lexicon;
import news.enrich.tag.Token;
import news.enrich.tag.TokenizedText;

/**
 * Finds what a bare number counts, without a part-of-speech model: the first plural in
 * the words that follow ("3,538 Turkish capital companies" → "company"), else, when the
 * thing counted is left implicit ("tourists, with 863,000 visiting"), the nearest plural
 * before the number in the same sentence.
 */
final class CountedNoun {

	/**
	 * A counted noun comes within this many words of its number, past adjectives and
	 * demonyms.
	 */
	private static final int MAX_WORDS_AFTER = 4;

	/** How far back an implicit count may look for the noun it counts. */
	private static final int MAX_WORDS_BEFORE = 6;

	private final Lexicon lexicon;

	private final FigureVocabulary vocabulary;

	CountedNoun(Lexicon lexicon, FigureVocabulary vocabulary) {
		this.lexicon = lexicon;
		this.vocabulary = vocabulary;
	}

	/** The singular of the counted noun, or null when nothing near the number is one. */
	String of(TokenizedText text, Quantity quantity) {
		String after = after(text, quantity.end());
		return (after != null) ? after : before(text, quantity.start());
	}

	private String after(TokenizedText text, int from) {
		int to = Math.min(from + MAX_WORDS_AFTER, text.sentenceEnd(from - 1));
		for (int k = from; k < to; k++) {
			Token token = text.token(k);
			// A participle right after the number is a verb ("863,000 visiting"), not
			// what is counted.
			if (!token.isWord() || this.lexicon.isFunctionWord(text, k)
					|| (k == from && token.lower().endsWith("ing"))) {
				return null;
			}
			String singular = this.vocabulary.singular(token.lower());
			if (singular != null) {
				return singular;
			}
		}
		return null;
	}

	private String before(TokenizedText text, int start) {
		int from = Math.max(text.sentenceStart(start), start - MAX_WORDS_BEFORE);
		for (int k = start - 1; k >= from; k--) {
			Token token = text.token(k);
			if (token.isWord() && token.isLowerCase() && !this.lexicon.isFunctionWord(text, k)) {
				String singular = this.vocabulary.singular(token.lower());
				if (singular != null) {
					return singular;
				}
			}
		}
		return null;
	}

}
