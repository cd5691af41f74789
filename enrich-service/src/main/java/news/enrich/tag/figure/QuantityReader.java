package news.enrich.tag.figure;

import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import news.enrich.tag.PhraseMatcher;
import news.enrich.tag.Token;
import news.enrich.tag.TokenizedText;
import news.events.Figure;

/**
 * Reads a number at a token with its currency, scale word and unit: "$5 billion", "TL
 * 202.86 billion", "12 percent".
 */
final class QuantityReader {

	// ICU formats are not thread-safe; one per thread keeps the tagger shareable without
	// locking.
	private static final ThreadLocal<RuleBasedNumberFormat> SPELL_OUT = ThreadLocal
		.withInitial(() -> new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));

	private final FigureVocabulary vocabulary;

	QuantityReader(FigureVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** The quantity that starts at token {@code index}, or null when none does. */
	Quantity readAt(TokenizedText text, int index) {
		List<Token> tokens = text.tokens();
		int sentenceEnd = text.sentenceEnd(index);
		String currency = null;
		int numberStart = index;
		PhraseMatcher.Match<String> prefix = this.vocabulary.currencyPrefixes().longestAt(tokens, index);
		if (prefix != null) {
			currency = prefix.value();
			numberStart = prefix.end();
		}
		if (numberStart >= sentenceEnd) {
			return null;
		}
		Token first = tokens.get(numberStart);
		if (currency == null) {
			Quantity hyphenated = spelledWithUnit(index, first);
			if (hyphenated != null) {
				return hyphenated;
			}
		}
		boolean spelled = !first.isNumber();
		int numberEnd = spelled ? spelledEnd(text, numberStart, sentenceEnd) : numberStart + 1;
		double value = spelled ? parseSpelled(text, numberStart, numberEnd) : parseDigits(first.text());
		if (Double.isNaN(value)) {
			return null;
		}
		int p = numberEnd;
		double scale = 1;
		FigureVocabulary.Scale scaleWord = (p < sentenceEnd && !spelled) ? this.vocabulary.scale(tokens.get(p)) : null;
		// "100k people": a "k" glued to the number scales counts too.
		boolean gluedK = scaleWord != null && tokens.get(p).joined() && "k".equals(tokens.get(p).lower());
		if (scaleWord != null && (!scaleWord.moneyOnly() || currency != null || gluedK)) {
			scale = scaleWord.factor();
			p++;
		}
		int textEnd = p;
		int end = p;
		FigureVocabulary.Unit unit = null;
		// "1,700-km", "a 16-pound bird": a unit joined by a hyphen (a measure, never money).
		boolean hyphenated = p + 1 < sentenceEnd && "-".equals(tokens.get(p).text()) && tokens.get(p).joined()
				&& tokens.get(p + 1).joined() && tokens.get(p + 1).isWord();
		if (hyphenated && currency == null) {
			PhraseMatcher.Match<FigureVocabulary.Unit> measure = this.vocabulary.units().longestAt(tokens, p + 1);
			if (measure != null) {
				unit = measure.value();
				end = measure.end();
				textEnd = end;
			}
		}
		else if (p < sentenceEnd && currency == null) {
			PhraseMatcher.Match<String> suffix = this.vocabulary.currencySuffixes().longestAt(tokens, p);
			PhraseMatcher.Match<FigureVocabulary.Unit> measure = this.vocabulary.units().longestAt(tokens, p);
			if (suffix != null) {
				currency = suffix.value();
				textEnd = suffix.end();
				end = suffix.end();
			}
			else if (measure != null) {
				unit = measure.value();
				end = measure.end();
				// "12 percent" is stated with its unit; "90 days" is stated by the
				// number, like a count.
				textEnd = unit.kind() == Figure.Kind.PERCENT ? end : textEnd;
			}
		}
		return new Quantity(index, numberStart, numberEnd, textEnd, end, value * scale, scale, currency, unit, spelled);
	}

	/** "a five-month dispute": one word holding a spelled number and a unit. */
	private Quantity spelledWithUnit(int index, Token token) {
		int hyphen = token.lower().lastIndexOf('-');
		if (!token.isWord() || hyphen <= 0) {
			return null;
		}
		String head = token.lower().substring(0, hyphen);
		FigureVocabulary.Unit unit = this.vocabulary.unitWord(token.lower().substring(hyphen + 1));
		if (unit == null) {
			return null;
		}
		for (String part : head.split("-")) {
			if (!this.vocabulary.isNumberWord(part)) {
				return null;
			}
		}
		ParsePosition position = new ParsePosition(0);
		Number number = SPELL_OUT.get().parse(head, position);
		if (number == null || position.getIndex() != head.length()) {
			return null;
		}
		return new Quantity(index, index, index + 1, index + 1, index + 1, number.doubleValue(), 1, null, unit, true);
	}

	/**
	 * End of a run of number words: "Seventy-eight", "two hundred and fifty", "twelve
	 * thousand".
	 */
	private int spelledEnd(TokenizedText text, int start, int sentenceEnd) {
		int end = start;
		boolean onlyScales = true;
		while (end < sentenceEnd) {
			Token token = text.token(end);
			if (this.vocabulary.isSpelledNumber(token)) {
				onlyScales &= this.vocabulary.isScaleWord(token) || "hundred".equals(token.lower());
				end++;
			}
			else if (end > start && "and".equals(token.lower()) && end + 1 < sentenceEnd
					&& this.vocabulary.isSpelledNumber(text.token(end + 1))) {
				end++;
			}
			else {
				break;
			}
		}
		// "millions", "a hundred": a scale word alone states no number.
		return onlyScales ? start : end;
	}

	private static double parseSpelled(TokenizedText text, int start, int end) {
		if (end == start) {
			return Double.NaN;
		}
		String words = text.span(start, end).toLowerCase(Locale.ROOT);
		ParsePosition position = new ParsePosition(0);
		Number number = SPELL_OUT.get().parse(words, position);
		return (number == null || position.getIndex() != words.length()) ? Double.NaN : number.doubleValue();
	}

	/**
	 * "3,538" and "202.86"; anything with two decimal points ("1.2.3") is not a number.
	 */
	private static double parseDigits(String digits) {
		String plain = digits.replace(",", "");
		if (plain.indexOf('.') != plain.lastIndexOf('.')) {
			return Double.NaN;
		}
		return Double.parseDouble(plain);
	}

}
