package news.enrich.tag.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import news.enrich.tag.PhraseMatcher;
import news.enrich.tag.TagResources;
import news.enrich.tag.Token;
import news.enrich.tag.Tokenizer;
import news.events.Figure;

/**
 * The vocabularies of figures: currencies, scale words, units, qualifiers and the words
 * that rule a number out.
 */
final class FigureVocabulary {

	/** Shorter words ending in "s" ("gas", "bus", "its") are too often not plurals. */
	private static final int MIN_PLURAL_LENGTH = 3;

	/** Plural pronouns and quantifiers that point back to the counted noun rather than name it. */
	private static final Set<String> NOT_COUNTED = Set.of("others", "ones", "thousands", "millions", "billions",
			"hundreds", "dozens", "tens", "lots", "tons", "loads");

	private final PhraseMatcher<String> currencyPrefixes;

	private final PhraseMatcher<String> currencySuffixes;

	private final PhraseMatcher<Unit> units;

	private final PhraseMatcher<String> qualifiers;

	private final Map<String, Scale> scales = new HashMap<>();

	private final Map<String, String> irregularPlurals = new HashMap<>();

	private final Set<String> spelledNumbers = TagResources.words("spelled-numbers.txt");

	private final Set<String> determiners = TagResources.words("determiners.txt");

	private final Set<String> timeWords = TagResources.words("time-words.txt");

	private final Set<String> rangeConnectors = TagResources.words("range-connectors.txt");

	FigureVocabulary(Tokenizer tokenizer) {
		PhraseMatcher.Builder<String> prefixes = PhraseMatcher.builder(tokenizer, false);
		PhraseMatcher.Builder<String> suffixes = PhraseMatcher.builder(tokenizer, true);
		for (String[] row : TagResources.rows("currencies.tsv")) {
			if (!"suffix".equals(row[2])) {
				prefixes.add(row[0], row[1]);
			}
			if (!"prefix".equals(row[2])) {
				suffixes.add(row[0], row[1]);
			}
		}
		this.currencyPrefixes = prefixes.build();
		this.currencySuffixes = suffixes.build();
		PhraseMatcher.Builder<Unit> units = PhraseMatcher.builder(tokenizer, true);
		for (String[] row : TagResources.rows("units.tsv")) {
			units.add(row[0], new Unit(row[1], Figure.Kind.valueOf(row[2])));
		}
		this.units = units.build();
		PhraseMatcher.Builder<String> qualifiers = PhraseMatcher.builder(tokenizer, true);
		for (String qualifier : TagResources.lines("qualifiers.txt")) {
			qualifiers.add(qualifier, qualifier);
		}
		this.qualifiers = qualifiers.build();
		for (String[] row : TagResources.rows("scales.tsv")) {
			this.scales.put(row[0], new Scale(Double.parseDouble(row[1]), "yes".equals(row[2])));
		}
		for (String[] row : TagResources.rows("plurals.tsv")) {
			this.irregularPlurals.put(row[0], row[1]);
		}
	}

	PhraseMatcher<String> currencyPrefixes() {
		return this.currencyPrefixes;
	}

	PhraseMatcher<String> currencySuffixes() {
		return this.currencySuffixes;
	}

	PhraseMatcher<Unit> units() {
		return this.units;
	}

	PhraseMatcher<String> qualifiers() {
		return this.qualifiers;
	}

	Scale scale(Token token) {
		return this.scales.get(token.lower());
	}

	/**
	 * Whether every hyphen-separated part of the token is a number word
	 * ("Seventy-eight").
	 */
	/** The unit a single word names ("month" in "five-month"), or null. */
	Unit unitWord(String word) {
		return this.units.single(word);
	}

	/** Whether the lower-case word is a number word ("five", "twenty"). */
	boolean isNumberWord(String lower) {
		return this.spelledNumbers.contains(lower);
	}

	boolean isSpelledNumber(Token token) {
		if (!token.isWord()) {
			return false;
		}
		for (String part : token.lower().split("-")) {
			if (!this.spelledNumbers.contains(part)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the token is a scale word only ("million"), which does not state a number
	 * by itself.
	 */
	boolean isScaleWord(Token token) {
		return this.scales.containsKey(token.lower());
	}

	boolean isDeterminer(Token token) {
		return this.determiners.contains(token.lower());
	}

	boolean isTimeWord(Token token) {
		return this.timeWords.contains(token.lower());
	}

	boolean isRangeConnector(Token token) {
		return this.rangeConnectors.contains(token.lower());
	}

	/**
	 * The singular of a plural noun ("companies" → "company"), or null when the word is
	 * not a plural.
	 */
	String singular(String lower) {
		String irregular = this.irregularPlurals.get(lower);
		if (irregular != null) {
			return irregular;
		}
		if (NOT_COUNTED.contains(lower)) {
			return null;
		}
		if (lower.length() <= MIN_PLURAL_LENGTH || !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("us")
				|| lower.endsWith("is")) {
			return null;
		}
		if (lower.endsWith("ies")) {
			return lower.substring(0, lower.length() - 3) + "y";
		}
		if (lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("xes") || lower.endsWith("sses")
				|| lower.endsWith("zes")) {
			return lower.substring(0, lower.length() - 2);
		}
		return lower.substring(0, lower.length() - 1);
	}

	/** A multiplier; short forms such as "m" only scale money. */
	record Scale(double factor, boolean moneyOnly) {
	}

	/** A unit of measure or "%", with the kind of figure it makes. */
	record Unit(String name, Figure.Kind kind) {
	}

}
