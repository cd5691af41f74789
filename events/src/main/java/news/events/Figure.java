package news.events;

/**
 * A numeric fact stated in the text.
 *
 * @param value the number as stated, scaled ("$5 billion" is 5.0E9)
 * @param unit ISO 4217 code for money, "%" for percentages, the unit for measures, else the counted noun in
 * the singular ("company")
 * @param kind what sort of quantity it is
 * @param text the words that state the number, as written ("$5 billion", "3,538")
 * @param qualifier "more than", "about", … when the text hedges the number; null otherwise
 * @param sentence the sentence that states it
 */
public record Figure(double value, String unit, Kind kind, String text, String qualifier, String sentence) {

	public enum Kind {
		MONEY, PERCENT, MEASURE, COUNT
	}
}
