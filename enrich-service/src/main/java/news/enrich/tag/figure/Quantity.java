package news.enrich.tag.figure;

/**
 * A number as read from the text with what stands around it, before the figure's unit is
 * settled. Token indexes: {@code start} is the first token (a currency prefix, else the
 * number), the number spans {@code numberStart} to {@code numberEnd}, the words stating
 * it ("$5 billion", "12 percent") end at {@code textEnd}, and a unit, if any, ends at
 * {@code end}.
 *
 * @param scale the factor of a scale word ("billion"), 1 when there is none
 * @param currency ISO 4217 code, or null
 * @param unit unit of measure or "%", or null
 * @param spelled whether the number is written in words ("Seventy-eight")
 */
record Quantity(int start, int numberStart, int numberEnd, int textEnd, int end, double value, double scale,
		String currency, FigureVocabulary.Unit unit, boolean spelled) {

	boolean isScaled() {
		return this.scale != 1;
	}

	boolean hasUnit() {
		return this.currency != null || this.unit != null;
	}

}
