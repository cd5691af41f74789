package news.enrich.tag;

import java.util.List;

/** An article split once into tokens and sentences, shared by the taggers. */
public final class TokenizedText {

	private final String source;

	private final List<Token> tokens;

	private final int[] sentenceFirstToken;

	TokenizedText(String source, List<Token> tokens, int[] sentenceFirstToken) {
		this.source = source;
		this.tokens = tokens;
		this.sentenceFirstToken = sentenceFirstToken;
	}

	public List<Token> tokens() {
		return this.tokens;
	}

	public Token token(int index) {
		return this.tokens.get(index);
	}

	public int size() {
		return this.tokens.size();
	}

	/**
	 * Whether the token at {@code index} opens its sentence, where capitals tell nothing
	 * about names.
	 */
	public boolean startsSentence(int index) {
		int first = this.sentenceFirstToken[this.tokens.get(index).sentence()];
		// Opening quotes, brackets and dashes before the first word do not move the start.
		for (int k = first; k < index; k++) {
			if (Character.isLetterOrDigit(this.tokens.get(k).text().charAt(0))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Index after the last token of the sentence that holds the token at {@code index}.
	 */
	public int sentenceEnd(int index) {
		int sentence = this.tokens.get(index).sentence();
		return (sentence + 1 < this.sentenceFirstToken.length) ? this.sentenceFirstToken[sentence + 1]
				: this.tokens.size();
	}

	/** Index of the first token of the sentence that holds the token at {@code index}. */
	public int sentenceStart(int index) {
		return this.sentenceFirstToken[this.tokens.get(index).sentence()];
	}

	/** The text of the sentence that holds the token at {@code index}. */
	public String sentenceOf(int index) {
		return span(sentenceStart(index), sentenceEnd(index));
	}

	/**
	 * The article text from the token at {@code from} to the one before {@code to}, as
	 * written.
	 */
	public String span(int from, int to) {
		return this.source.substring(this.tokens.get(from).start(), this.tokens.get(to - 1).end());
	}

	/** A mention of the tokens {@code from} to {@code to} (exclusive). */
	public Mention mention(Mention.Kind kind, int from, int to, String ref) {
		int start = this.tokens.get(from).start();
		int end = this.tokens.get(to - 1).end();
		return new Mention(kind, start, end, this.source.substring(start, end), ref);
	}

	/** A mention of the characters {@code start} to {@code end} (exclusive). */
	public Mention mentionAt(Mention.Kind kind, int start, int end, String ref) {
		return new Mention(kind, start, end, this.source.substring(start, end), ref);
	}

}
