package news.enrich.tag.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.enrich.tag.Lexicon;
import news.enrich.tag.Mention;
import news.enrich.tag.PhraseMatcher;
import news.enrich.tag.Token;
import news.enrich.tag.TokenizedText;
import news.events.Figure;

/**
 * Tags the numeric facts of an article: money, percentages, measures and counts, once per
 * value and unit. Years, dates, clock times, ordinals, numbers inside names ("Article 5")
 * and small spelled numbers used as determiners ("the two countries") are not figures.
 */
public final class FigureTagger {

	private static final int YEAR_DIGITS = 4;

	private static final int FIRST_YEAR = 1800;

	private static final int LAST_YEAR = 2100;

	/**
	 * Spelled numbers below this after a determiner ("the two countries") are not facts
	 * but determiners.
	 */
	private static final int SMALL_SPELLED_LIMIT = 10;

	private final Lexicon lexicon;

	private final FigureVocabulary vocabulary;

	private final QuantityReader reader;

	private final CountedNoun countedNoun;

	public FigureTagger(Lexicon lexicon) {
		this.lexicon = lexicon;
		this.vocabulary = new FigureVocabulary(lexicon.tokenizer());
		this.reader = new QuantityReader(this.vocabulary);
		this.countedNoun = new CountedNoun(lexicon, this.vocabulary);
	}

	public List<Figure> tag(TokenizedText text) {
		return tag(text, null);
	}

	/**
	 * @param mentions where to add every occurrence of a figure, or null
	 */
	public List<Figure> tag(TokenizedText text, List<Mention> mentions) {
		List<Quantity> quantities = new ArrayList<>();
		int i = 0;
		while (i < text.size()) {
			Quantity quantity = this.reader.readAt(text, i);
			if (quantity == null) {
				i++;
				continue;
			}
			if (!isExcluded(text, quantity)) {
				quantities.add(quantity);
			}
			i = quantity.end();
		}
		// Last to first, so that the first number of a range ("from 30 to 90 days") can
		// take the second's unit.
		Figure[] figures = new Figure[quantities.size()];
		for (int k = quantities.size() - 1; k >= 0; k--) {
			boolean range = k + 1 < quantities.size() && isRange(text, quantities.get(k), quantities.get(k + 1));
			figures[k] = figure(text, quantities.get(k), range ? quantities.get(k + 1) : null,
					range ? figures[k + 1] : null);
		}
		Map<String, Figure> distinct = new LinkedHashMap<>();
		for (int k = 0; k < figures.length; k++) {
			Figure figure = figures[k];
			if (figure != null) {
				distinct.putIfAbsent(figure.value() + " " + figure.unit(), figure);
				if (mentions != null) {
					Quantity quantity = quantities.get(k);
					mentions.add(text.mention(figure.kind() == Figure.Kind.MONEY ? Mention.Kind.MONEY
							: Mention.Kind.QUANTITY, quantity.start(), quantity.end(), figure.unit()));
				}
			}
		}
		return List.copyOf(distinct.values());
	}

	private Figure figure(TokenizedText text, Quantity quantity, Quantity rangeEnd, Figure rangeEndFigure) {
		String stated = text.span(quantity.start(), quantity.textEnd());
		String qualifier = qualifierBefore(text, quantity.start());
		String sentence = text.sentenceOf(quantity.numberStart());
		if (quantity.currency() != null) {
			return new Figure(quantity.value(), quantity.currency(), Figure.Kind.MONEY, stated, qualifier, sentence);
		}
		if (quantity.unit() != null) {
			return new Figure(quantity.value(), quantity.unit().name(), quantity.unit().kind(), stated, qualifier,
					sentence);
		}
		if (rangeEndFigure != null) {
			double value = quantity.isScaled() ? quantity.value() : quantity.value() * rangeEnd.scale();
			return new Figure(value, rangeEndFigure.unit(), rangeEndFigure.kind(), stated, qualifier, sentence);
		}
		String noun = this.countedNoun.of(text, quantity);
		return (noun != null) ? new Figure(quantity.value(), noun, Figure.Kind.COUNT, stated, qualifier, sentence)
				: null;
	}

	/**
	 * "from 30 to 90 days", "between 5 and 10 percent", "30-40 km": a unit-less number
	 * joined to the next.
	 */
	private boolean isRange(TokenizedText text, Quantity first, Quantity second) {
		return !first.hasUnit() && second.start() == first.end() + 1
				&& this.vocabulary.isRangeConnector(text.token(first.end()))
				&& text.token(first.end()).sentence() == text.token(second.start()).sentence();
	}

	private String qualifierBefore(TokenizedText text, int start) {
		PhraseMatcher.Match<String> qualifier = this.vocabulary.qualifiers().longestEndingAt(text.tokens(), start);
		return (qualifier != null && qualifier.start() >= text.sentenceStart(start)) ? qualifier.value() : null;
	}

	private boolean isExcluded(TokenizedText text, Quantity quantity) {
		int before = quantity.numberStart() - 1;
		int after = quantity.numberEnd();
		Token previous = (before >= text.sentenceStart(quantity.numberStart())) ? text.token(before) : null;
		Token next = (after < text.sentenceEnd(quantity.numberStart())) ? text.token(after) : null;
		if (isDateOrTime(text, quantity, previous, next)) {
			return true;
		}
		if (isSecondYearOfRange(text, quantity.numberStart())) {
			return true;
		}
		if (quantity.spelled()) {
			return quantity.value() == 1 || (!quantity.hasUnit() && quantity.value() < SMALL_SPELLED_LIMIT && previous != null
					&& quantity.numberEnd() - quantity.numberStart() == 1 && this.vocabulary.isDeterminer(previous));
		}
		// "33rd", "1990s", "5G": letters glued to the number that are no scale or unit.
		boolean suffixed = quantity.end() == quantity.numberEnd() && next != null && next.joined() && next.isWord();
		boolean year = !quantity.hasUnit() && !quantity.isScaled() && isYear(text.token(quantity.numberStart()).text());
		boolean inName = quantity.currency() == null && previous != null && isNameBeforeNumber(text, before);
		return suffixed || year || inName;
	}

	/** "the 2023-24 season", "2023/24": the number after a year and a hyphen or slash is a year too. */
	private static boolean isSecondYearOfRange(TokenizedText text, int numberStart) {
		if (numberStart < 2 || !text.token(numberStart).joined()) {
			return false;
		}
		Token hyphen = text.token(numberStart - 1);
		return ("-".equals(hyphen.text()) || "–".equals(hyphen.text()) || "/".equals(hyphen.text())) && hyphen.joined()
				&& isYear(text.token(numberStart - 2).text());
	}

	private boolean isDateOrTime(TokenizedText text, Quantity quantity, Token previous, Token next) {
		boolean date = (previous != null && this.lexicon.isCalendarWord(previous))
				|| (next != null && this.lexicon.isCalendarWord(next));
		boolean clock = (next != null
				&& (this.vocabulary.isTimeWord(next) || (":".equals(next.text()) && next.joined())))
				|| (previous != null && ":".equals(previous.text()) && text.token(quantity.numberStart()).joined());
		return date || clock;
	}

	/**
	 * "Article 5", "Boeing 737", "No. 10": a capitalised word right before the number
	 * names it.
	 */
	private boolean isNameBeforeNumber(TokenizedText text, int index) {
		Token token = text.token(index);
		return token.isWord() && token.isCapitalised() && !this.lexicon.isFunctionWord(text, index)
				&& this.vocabulary.qualifiers().longestEndingAt(text.tokens(), index + 1) == null;
	}

	private static boolean isYear(String digits) {
		if (digits.length() != YEAR_DIGITS || !digits.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int year = Integer.parseInt(digits);
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

}
