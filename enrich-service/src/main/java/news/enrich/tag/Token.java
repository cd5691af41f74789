package news.enrich.tag;

/**
 * A word, number or punctuation mark of an article.
 *
 * @param text the characters as written
 * @param lower {@code text} in lower case, computed once because most vocabularies are
 * case-insensitive
 * @param start offset of the first character in the article
 * @param end offset after the last character
 * @param sentence index of the sentence that holds the token
 * @param joined whether the token follows the previous one without white space ("5" "bn"
 * in "5bn")
 */
public record Token(String text, String lower, int start, int end, int sentence, boolean joined) {

	public boolean isWord() {
		return Character.isLetter(this.text.charAt(0));
	}

	public boolean isNumber() {
		return Character.isDigit(this.text.charAt(0));
	}

	public boolean isCapitalised() {
		return Character.isUpperCase(this.text.charAt(0));
	}

	public boolean isLowerCase() {
		return Character.isLowerCase(this.text.charAt(0));
	}

}
