package news.enrich.tag.figure;

import news.enrich.tag.Lexicon;
import news.enrich.tag.PhraseMatcher;
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

	/** However few content words, the noun of an implicit count is no further back than this. */
	private static final int MAX_TOKENS_BEFORE = 14;

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
		int sentenceEnd = text.sentenceEnd(from - 1);
		int words = 0;
		for (int k = from; k < sentenceEnd && words < MAX_WORDS_AFTER; k++) {
			Token token = text.token(k);
			// Proper adjectives ("South Korean and American troops") do not use up the window.
			if (token.isWord() && token.isCapitalised() && !text.startsSentence(k)) {
				continue;
			}
			boolean joinsAdjectives = ("and".equals(token.lower()) || "or".equals(token.lower())) && k > from
					&& text.token(k - 1).isCapitalised() && k + 1 < sentenceEnd && text.token(k + 1).isCapitalised();
			if (joinsAdjectives) {
				continue;
			}
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
			words++;
		}
		return null;
	}

	/**
	 * The nearest plural before the number, counting only lower-case content words against
	 * the window; a plural right before the number (or its qualifier) is a verb ("kills
	 * more than 1,000").
	 */
	private String before(TokenizedText text, int start) {
		int sentenceStart = text.sentenceStart(start);
		int adjacent = start - 1;
		while (adjacent > sentenceStart && this.vocabulary.qualifiers().longestEndingAt(text.tokens(), adjacent + 1) != null
				&& !text.token(adjacent).isNumber()) {
			PhraseMatcher.Match<String> qualifier = this.vocabulary.qualifiers().longestEndingAt(text.tokens(), adjacent + 1);
			adjacent = qualifier.start() - 1;
		}
		int words = 0;
		for (int k = start - 1; k >= Math.max(sentenceStart, start - MAX_TOKENS_BEFORE) && words < MAX_WORDS_BEFORE; k--) {
			Token token = text.token(k);
			if (token.isWord() && token.isLowerCase() && !this.lexicon.isFunctionWord(text, k)) {
				String singular = this.vocabulary.singular(token.lower());
				if (singular != null && k != adjacent) {
					return singular;
				}
				words++;
			}
		}
		return null;
	}

}
