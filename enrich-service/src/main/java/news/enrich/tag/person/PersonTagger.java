package news.enrich.tag.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.enrich.tag.Lexicon;
import news.enrich.tag.Mention;
import news.enrich.tag.Token;
import news.enrich.tag.TokenizedText;
import news.enrich.tag.country.CountryMentions;
import news.events.PersonTag;

/**
 * Tags people by rule, for want of a statistical name finder: a run of capitalised
 * tokens, stripped of titles and leading demonyms ("Kazakh President Kassym-Jomart
 * Tokayev"), is a name when it has two to four name tokens, no organisation or place
 * word, and a cue: a title before, a reporting verb after, a common given name first, or
 * its last token recurring alone elsewhere ("Tokayev"). Each person is reported once
 * under the fullest name, with every mention of the surname counted.
 */
public final class PersonTagger {

	private static final int MIN_NAME_TOKENS = 2;

	private static final int MAX_NAME_TOKENS = 4;

	private static final java.util.Set<String> SPELLED_NUMBERS = java.util.Set.of("one", "two", "three", "four", "five",
			"six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands");

	private static final java.util.Set<String> ADVERBS = java.util.Set.of("once", "also", "later", "then", "has",
			"had", "have", "again", "further", "previously", "recently", "reportedly", "repeatedly");

	private static final java.util.Set<String> REGNAL = java.util.Set.of("II", "III", "IV", "V", "VI", "VII", "VIII",
			"IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI");

	/** How many tokens after "X," may precede the title of an appositive ("X, the IOM's director"). */
	private static final int APPOSITIVE_WINDOW = 4;

	/** A lower-case Arabic article or particle glued to a capitalised name: "al-Sudani". */
	private static final java.util.regex.Pattern PARTICLE_NAME = java.util.regex.Pattern
		.compile("(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|bin|ibn|abu|ben|bint)-\\p{Lu}.*");

	/**
	 * Bylines are short lines; a longer sentence opening with "By" is prose ("By
	 * contrast, ...").
	 */
	private static final int MAX_BYLINE_TOKENS = 12;

	private final Lexicon lexicon;

	private final PersonVocabulary vocabulary = new PersonVocabulary();

	public PersonTagger(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	public List<PersonTag> tag(TokenizedText text, CountryMentions countries) {
		return tag(text, countries, null);
	}

	/**
	 * @param mentions where to add each mention of a person (full names and lone
	 * surnames), or null
	 */
	public List<PersonTag> tag(TokenizedText text, CountryMentions countries, List<Mention> mentions) {
		Map<String, Integer> lonePhrases = countLoneCapitalisedTokens(text);
		List<NameSpan> names = new ArrayList<>();
		int i = 0;
		while (i < text.size()) {
			if (!isCapitalisedWord(text.token(i))) {
				i++;
				continue;
			}
			int end = runEnd(text, i);
			NameSpan name = nameIn(text, countries, i, end, lonePhrases);
			if (name != null) {
				names.add(name);
			}
			i = end;
		}
		return tags(text, names, mentions);
	}

	/** Capitalised words, and particles between them, up to the end of the sentence. */
	private int runEnd(TokenizedText text, int start) {
		int sentenceEnd = text.sentenceEnd(start);
		int end = start + 1;
		while (end < sentenceEnd) {
			Token token = text.token(end);
			boolean particle = this.vocabulary.isParticle(token) && isParticleInName(text, end, sentenceEnd);
			if (!isCapitalisedWord(token) && !particle) {
				break;
			}
			end++;
		}
		return end;
	}

	/** "von der Leyen": particles count when a capitalised word follows them. */
	private boolean isParticleInName(TokenizedText text, int index, int sentenceEnd) {
		int k = index;
		while (k < sentenceEnd && this.vocabulary.isParticle(text.token(k))) {
			k++;
		}
		return k < sentenceEnd && isCapitalisedWord(text.token(k));
	}

	private NameSpan nameIn(TokenizedText text, CountryMentions countries, int start, int end,
			Map<String, Integer> lonePhrases) {
		if (isCredit(text, start, end)) {
			return null;
		}
		Token before = (start > text.sentenceStart(start)) ? text.token(start - 1) : null;
		// "the Review Director, Gerry McNeilly,": a title and a comma before the name.
		boolean titledByApposition = before != null && ",".equals(before.text()) && start - 2 >= text.sentenceStart(start)
				&& this.lexicon.isTitle(text.token(start - 2));
		// Everything up to the last title is a role: "Deputy Foreign Minister X Y"; a title
		// word ending a run that opens with a given name is a surname ("Amy Pope").
		int nameStart = start;
		boolean titled = (before != null && this.lexicon.isTitle(before)) || titledByApposition;
		boolean honorific = titled && this.vocabulary.isHonorific(before);
		int lastTitle = -1;
		for (int k = start; k < end; k++) {
			if (this.lexicon.isTitle(text.token(k))) {
				lastTitle = k;
			}
		}
		if (lastTitle == end - 1 && lastTitle > start && this.lexicon.isGivenName(text.token(start))
				&& !isTitleRun(text, start, lastTitle)) {
			lastTitle = -1;
		}
		if (lastTitle >= 0) {
			nameStart = lastTitle + 1;
			titled = true;
			honorific = this.vocabulary.isHonorific(text.token(lastTitle));
		}
		boolean leadingThe = false;
		while (nameStart < end && isLeadingNoise(text, countries, nameStart)) {
			leadingThe |= "the".equals(text.token(nameStart).lower());
			nameStart++;
		}
		// "the Charlotte Hornets", "The National Rally": a name after an article is rarely a
		// person's.
		boolean afterArticle = before != null && nameStart == start && "the".equals(before.lower());
		if ((leadingThe || afterArticle) && !titled) {
			return null;
		}
		// "Minister of Education Stefania Giannini": the portfolio after "of" is part of the role.
		boolean portfolio = nameStart == start && before != null && ("of".equals(before.text()) || "for".equals(before.text()))
				&& start - 2 >= text.sentenceStart(start) && this.lexicon.isTitle(text.token(start - 2));
		if (portfolio) {
			int given = firstGivenName(text, nameStart, end);
			nameStart = (given > nameStart) ? given : nameStart + 1;
			titled = true;
		}
		// "Washington Chris Gregoire", "Scientologist Tom Cruise": a place or an -ist before a given name.
		if (end - nameStart >= 3 && !this.lexicon.isGivenName(text.token(nameStart))
				&& (this.lexicon.isPlace(text.token(nameStart)) || text.token(nameStart).lower().endsWith("ist"))
				&& this.lexicon.isGivenName(text.token(nameStart + 1))) {
			nameStart++;
		}
		Token last = text.token(end - 1);
		// "Southern Indiana", "Texas A", "Prompted I": a place, a letter or "I" cannot end a name.
		boolean regnalI = "I".equals(last.text()) && end - 2 >= nameStart
				&& (titled || this.lexicon.isGivenName(text.token(end - 2)));
		if ((last.text().length() == 1 && !isRegnalNumber(last) && !regnalI)
				|| (this.lexicon.isPlace(last) && !titled && !this.lexicon.isGivenName(text.token(nameStart)))) {
			return null;
		}
		int size = end - nameStart;
		int minTokens = honorific ? 1 : MIN_NAME_TOKENS;
		if (size < minTokens || countCapitalised(text, nameStart, end) > MAX_NAME_TOKENS
				|| !allNameLike(text, countries, nameStart, end)
				|| this.vocabulary.isOrganisationName(text.span(nameStart, end))) {
			return null;
		}
		int surnameIndex = (end - 1 > nameStart && (isRegnalNumber(last) || regnalI)) ? end - 2 : end - 1;
		String surname = text.token(surnameIndex).text();
		// After "in", "from" ("officials in New Delhi said") a capitalised pair is more
		// often a place.
		boolean afterPlacePreposition = before != null && this.vocabulary.isPlacePreposition(before);
		boolean weakCue = lonePhrases.getOrDefault(surname, 0) > 0 || isFollowedBySpeech(text, end)
				|| isAfterRelation(text, start);
		boolean cued = titled || this.lexicon.isGivenName(text.token(nameStart)) || (weakCue && !afterPlacePreposition);
		return cued ? new NameSpan(text.span(nameStart, end), surname, nameStart, end) : null;
	}

	private int firstGivenName(TokenizedText text, int from, int to) {
		for (int k = from; k < to; k++) {
			if (this.lexicon.isGivenName(text.token(k))) {
				return k;
			}
		}
		return -1;
	}

	/** Whether every token from {@code from} to {@code to} (inclusive) is a title or role word. */
	private boolean isTitleRun(TokenizedText text, int from, int to) {
		for (int k = from; k <= to; k++) {
			if (!this.lexicon.isTitle(text.token(k))) {
				return false;
			}
		}
		return true;
	}

	/** "his wife, Saltanat Nukenova", "her son Tom Smith". */
	private boolean isAfterRelation(TokenizedText text, int start) {
		int k = start - 1;
		if (k > text.sentenceStart(start) && ",".equals(text.token(k).text())) {
			k--;
		}
		return k >= text.sentenceStart(start) && this.vocabulary.isRelation(text.token(k));
	}

	/** "II" in "King Abdullah II". */
	private static boolean isRegnalNumber(Token token) {
		return REGNAL.contains(token.text());
	}

	/**
	 * Words a name run may start with that are not part of the name: "The", "On",
	 * "Kazakh", "Tuesday".
	 */
	private boolean isLeadingNoise(TokenizedText text, CountryMentions countries, int index) {
		Token token = text.token(index);
		return this.lexicon.isFunctionWord(text, index) || countries.covers(index) || this.lexicon.isCalendarWord(token)
				|| (text.startsSentence(index) && token.lower().endsWith("ly") && !this.lexicon.isGivenName(token))
				|| SPELLED_NUMBERS.contains(token.lower());
	}

	private boolean allNameLike(TokenizedText text, CountryMentions countries, int from, int to) {
		for (int k = from; k < to; k++) {
			Token token = text.token(k);
			if (this.lexicon.isOrganisationWord(token) || countries.covers(k) || this.lexicon.isFunctionWord(text, k)
					|| (isAcronym(token) && !(k > from && k == to - 1 && isRegnalNumber(token)))
					|| ("I".equals(token.text()) && k < to - 1)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A byline ("By Daily Sabah with Agencies") or a credit ("(Reuters Photo)", "Photo:
	 * Jane Doe").
	 */
	private boolean isCredit(TokenizedText text, int start, int end) {
		for (int k = start; k < end; k++) {
			if (this.vocabulary.isCreditWord(text.token(k))) {
				return true;
			}
		}
		int sentenceStart = text.sentenceStart(start);
		boolean credited = start - 2 >= sentenceStart && ":".equals(text.token(start - 1).text())
				&& this.vocabulary.isCreditWord(text.token(start - 2));
		boolean creditAfter = end < text.sentenceEnd(start) && this.vocabulary.isCreditWord(text.token(end));
		return isByline(text, start) || credited || creditAfter;
	}

	/**
	 * A byline line ("By Tom Smith and Jane Doe") or a credit ("Reporting by Tom Smith"):
	 * a short sentence opening with "By", or a "by" after a credit word.
	 */
	private boolean isByline(TokenizedText text, int start) {
		int sentenceStart = text.sentenceStart(start);
		boolean bylineLine = "By".equals(text.token(sentenceStart).text())
				&& text.sentenceEnd(start) - sentenceStart <= MAX_BYLINE_TOKENS;
		boolean creditedBy = start - 2 >= sentenceStart && "by".equals(text.token(start - 1).text())
				&& this.vocabulary.isCreditWord(text.token(start - 2));
		return bylineLine || creditedBy;
	}

	/** "X said", and the appositive "X, the president of Y,". */
	private boolean isFollowedBySpeech(TokenizedText text, int end) {
		int sentenceEnd = text.sentenceEnd(end - 1);
		if (end < sentenceEnd && this.vocabulary.isReportingVerb(text.token(end))) {
			return true;
		}
		// "X once said", "X also told".
		if (end + 1 < sentenceEnd && this.vocabulary.isReportingVerb(text.token(end + 1))
				&& (text.token(end).lower().endsWith("ly") || ADVERBS.contains(text.token(end).lower()))) {
			return true;
		}
		if (end + 1 < sentenceEnd && ",".equals(text.token(end).text())) {
			for (int k = end + 1; k < Math.min(sentenceEnd, end + 1 + APPOSITIVE_WINDOW); k++) {
				Token token = text.token(k);
				if (this.lexicon.isTitle(token)) {
					return true;
				}
				if (!token.isWord() && !token.lower().equals("’s") && !token.lower().equals("'s")) {
					return false;
				}
			}
		}
		return false;
	}

	/**
	 * How often each capitalised word stands alone, between non-capitalised neighbours
	 * ("Tokayev has held").
	 */
	private static Map<String, Integer> countLoneCapitalisedTokens(TokenizedText text) {
		Map<String, Integer> counts = new HashMap<>();
		for (int k = 0; k < text.size(); k++) {
			Token token = text.token(k);
			if (!isCapitalisedWord(token)) {
				continue;
			}
			boolean alonePrevious = k == text.sentenceStart(k) || !isCapitalisedWord(text.token(k - 1));
			boolean aloneNext = k + 1 >= text.sentenceEnd(k) || !isCapitalisedWord(text.token(k + 1));
			if (alonePrevious && aloneNext) {
				counts.merge(token.text(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/**
	 * One tag per surname and fullest name; a name contained in a longer one with the
	 * same surname is merged.
	 */
	private static List<PersonTag> tags(TokenizedText text, List<NameSpan> names, List<Mention> mentions) {
		Map<String, NameSpan> fullest = new LinkedHashMap<>();
		for (NameSpan name : names) {
			String key = name.surname() + "\u0000" + name.text();
			NameSpan longer = names.stream()
				.filter((other) -> other.surname().equals(name.surname()) && other.size() > name.size()
						&& other.text().toLowerCase(Locale.ROOT).endsWith(name.text().toLowerCase(Locale.ROOT)))
				.findFirst()
				.orElse(null);
			if (longer == null) {
				fullest.putIfAbsent(key, name);
			}
		}
		Map<String, Integer> tokenCounts = new HashMap<>();
		for (Token token : text.tokens()) {
			tokenCounts.merge(token.text(), 1, Integer::sum);
		}
		List<PersonTag> tags = new ArrayList<>();
		for (NameSpan name : fullest.values()) {
			tags.add(new PersonTag(name.text(), tokenCounts.getOrDefault(name.surname(), 1)));
		}
		if (mentions != null) {
			addMentions(text, names, fullest.values(), mentions);
		}
		return tags;
	}

	/**
	 * Every name span, and every lone capitalised token equal to a reported surname,
	 * referring to the reported name.
	 */
	private static void addMentions(TokenizedText text, List<NameSpan> names, Iterable<NameSpan> reported,
			List<Mention> mentions) {
		Map<String, String> nameBySurname = new HashMap<>();
		for (NameSpan name : reported) {
			nameBySurname.putIfAbsent(name.surname(), name.text());
		}
		java.util.BitSet inName = new java.util.BitSet(text.size());
		for (NameSpan name : names) {
			inName.set(name.start(), name.end());
			mentions.add(text.mention(Mention.Kind.PERSON, name.start(), name.end(),
					nameBySurname.getOrDefault(name.surname(), name.text())));
		}
		for (int k = 0; k < text.size(); k++) {
			Token token = text.token(k);
			if (!inName.get(k) && isCapitalisedWord(token)) {
				String name = nameBySurname.get(token.text());
				if (name != null) {
					mentions.add(text.mention(Mention.Kind.PERSON, k, k + 1, name));
				}
			}
		}
	}

	private int countCapitalised(TokenizedText text, int from, int to) {
		int count = 0;
		for (int k = from; k < to; k++) {
			if (isCapitalisedWord(text.token(k))) {
				count++;
			}
		}
		return count;
	}

	private static boolean isCapitalisedWord(Token token) {
		return token.isWord() && (token.isCapitalised() || PARTICLE_NAME.matcher(token.text()).matches());
	}

	/** "OTS", "TÜRKSOY": organisations, not names. */
	private static boolean isAcronym(Token token) {
		String text = token.text();
		return text.length() > 1 && Character.isUpperCase(text.charAt(1)) && text.indexOf('.') < 0;
	}

	private record NameSpan(String text, String surname, int start, int end) {

		int size() {
			return this.end - this.start;
		}

	}

}
