package news.enrich.tag.country;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.enrich.tag.Lexicon;
import news.enrich.tag.Mention;
import news.enrich.tag.PhraseMatcher;
import news.enrich.tag.Token;
import news.enrich.tag.TokenizedText;
import news.events.CountryTag;

/**
 * Tags countries named by name, alias or demonym. Names match case-sensitively, so
 * "turkey" the bird and a lower-case "chad" are not countries; a country name that is
 * part of a person's name ("Michael Jordan", "Chad Smith") is not one either.
 */
public final class CountryTagger {

	/**
	 * How many tokens either side of an ambiguous name are searched for words that veto
	 * it.
	 */
	private static final int VETO_WINDOW = 2;

	private final Lexicon lexicon;

	private final CountryGazetteer gazetteer;

	public CountryTagger(Lexicon lexicon) {
		this.lexicon = lexicon;
		this.gazetteer = new CountryGazetteer(lexicon.tokenizer());
	}

	public CountryMentions tag(TokenizedText text) {
		return tag(text, null);
	}

	/**
	 * @param mentions where to add each country mention, or null
	 */
	public CountryMentions tag(TokenizedText text, List<Mention> mentions) {
		PhraseMatcher<CountryReference> phrases = this.gazetteer.phrases();
		List<Found> found = new ArrayList<>();
		Set<String> vetoed = new HashSet<>();
		Set<String> namesOfPeople = new HashSet<>();
		int i = 0;
		while (i < text.size()) {
			PhraseMatcher.Match<CountryReference> match = phrases.longestAt(text.tokens(), i);
			if (match != null) {
				CountryReference country = match.value();
				if (country.isCountry()) {
					if (isVetoed(text, match)) {
						vetoed.add(country.code());
					}
					else if (!country.demonym() && isPartOfPersonName(text, match)) {
						namesOfPeople.add(text.span(match.start(), match.end()));
					}
					else {
						found.add(new Found(country, match.start(), match.end(), text.token(match.start()).start(),
								text.token(match.end() - 1).end()));
					}
				}
				i = match.end();
				continue;
			}
			hyphenParts(text, i, phrases, found);
			i++;
		}
		Map<String, Tally> tallies = new LinkedHashMap<>();
		BitSet covered = new BitSet(text.size());
		Set<String> byDemonym = new HashSet<>();
		for (Found f : found) {
			if (f.country().demonym()) {
				byDemonym.add(f.country().code());
			}
		}
		for (Found f : found) {
			if (!f.country().demonym() && isOtherSense(text, f, vetoed, byDemonym, namesOfPeople)) {
				continue;
			}
			tallies.computeIfAbsent(f.country().code(), (code) -> new Tally(f.country())).count++;
			covered.set(f.start(), f.end());
			if (mentions != null) {
				mentions.add(text.mentionAt(f.country().demonym() ? Mention.Kind.NATIONALITY : Mention.Kind.COUNTRY,
						f.from(), f.to(), f.country().code()));
			}
		}
		List<CountryTag> tags = new ArrayList<>();
		tallies.values()
			.stream()
			.sorted(Comparator.comparingInt((Tally tally) -> -tally.count))
			.forEach((tally) -> tags.add(new CountryTag(tally.country.code(), tally.country.name(), tally.count)));
		return new CountryMentions(tags, covered);
	}

	/**
	 * One sense per article: a name that context showed to mean a US state ("Georgia
	 * Governor") means it throughout unless a demonym ("Georgian") names the country; a name
	 * seen inside a person's name ("Michael Jordan") means the person when it stands
	 * alone; a name written in lower case as a common noun ("turkey") is that noun when
	 * capitalised only by position (sentence start) or by a capitalised neighbour
	 * ("Turkey farmers", "National Turkey Federation").
	 */
	private boolean isOtherSense(TokenizedText text, Found f, Set<String> vetoed, Set<String> byDemonym,
			Set<String> namesOfPeople) {
		if (vetoed.contains(f.country().code()) && !byDemonym.contains(f.country().code())) {
			return true;
		}
		if (f.end() - f.start() != 1) {
			return false;
		}
		Token token = text.token(f.start());
		if (f.to() - f.from() != token.end() - token.start()) {
			return false;
		}
		if (namesOfPeople.contains(token.text())) {
			return true;
		}
		return hasLowerCaseUse(text, token.lower())
				&& (text.startsSentence(f.start()) || isCapitalisedNeighbour(text, f.start() - 1, f.start())
						|| isCapitalisedNeighbour(text, f.start() + 1, f.start()));
	}

	private static boolean hasLowerCaseUse(TokenizedText text, String lower) {
		String plural = lower + "s";
		for (Token token : text.tokens()) {
			if (token.isWord() && token.isLowerCase() && (token.lower().equals(lower) || token.lower().equals(plural))) {
				return true;
			}
		}
		return false;
	}

	private boolean isCapitalisedNeighbour(TokenizedText text, int neighbour, int index) {
		if (neighbour < text.sentenceStart(index) || neighbour >= text.sentenceEnd(index)) {
			return false;
		}
		Token token = text.token(neighbour);
		return token.isWord() && token.isCapitalised() && !this.lexicon.isFunctionWord(text, neighbour);
	}

	/**
	 * "Türkiye-Kazakhstan ties", "Turkish-Kazakh relations": each part names a country;
	 * "Port-South Sudan-Ethiopia": a name may span two hyphenated words.
	 */
	private void hyphenParts(TokenizedText text, int index, PhraseMatcher<CountryReference> phrases,
			List<Found> found) {
		Token token = text.token(index);
		if (!token.isWord() || token.text().indexOf('-') < 0) {
			return;
		}
		String[] parts = token.text().split("-");
		int offset = token.start();
		for (int k = 0; k < parts.length; k++) {
			String part = parts[k];
			if (k == 0 && index > 0 && text.token(index - 1).text().indexOf('-') > 0) {
				Token previous = text.token(index - 1);
				String last = previous.text().substring(previous.text().lastIndexOf('-') + 1);
				CountryReference pair = this.gazetteer.byPhrase(last + " " + part);
				if (pair != null && pair.isCountry()) {
					found.add(new Found(pair, index, index + 1, previous.end() - last.length(), offset + part.length()));
					offset += part.length() + 1;
					continue;
				}
			}
			CountryReference country = phrases.single(part);
			if (country != null && country.isCountry()) {
				found.add(new Found(country, index, index + 1, offset, offset + part.length()));
			}
			offset += part.length() + 1;
		}
	}

	/** A country reference at tokens {@code start}–{@code end}, characters {@code from}–{@code to}. */
	private record Found(CountryReference country, int start, int end, int from, int to) {
	}

	private boolean isVetoed(TokenizedText text, PhraseMatcher.Match<CountryReference> match) {
		Set<String> vetoes = this.gazetteer.vetoes(match.value().code());
		if (vetoes.isEmpty()) {
			return false;
		}
		int from = Math.max(text.sentenceStart(match.start()), match.start() - VETO_WINDOW);
		int to = Math.min(text.sentenceEnd(match.start()), match.end() + VETO_WINDOW);
		for (int k = from; k < to; k++) {
			if (vetoes.contains(text.token(k).lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A given name or title before ("Michael Jordan", "Mr. Chad"), or a surname after a
	 * given name ("Chad Smith").
	 */
	private boolean isPartOfPersonName(TokenizedText text, PhraseMatcher.Match<CountryReference> match) {
		int before = match.start() - 1;
		if (before >= text.sentenceStart(match.start())) {
			Token previous = text.token(before);
			if (previous.isCapitalised() && (this.lexicon.isGivenName(previous) || this.lexicon.isTitle(previous))) {
				return true;
			}
		}
		int after = match.end();
		return match.end() - match.start() == 1 && this.lexicon.isGivenName(text.token(match.start()))
				&& after < text.sentenceEnd(match.start()) && isSurnameLike(text, after);
	}

	private boolean isSurnameLike(TokenizedText text, int index) {
		Token token = text.token(index);
		return token.isWord() && token.isCapitalised() && !this.lexicon.isTitle(token)
				&& !this.lexicon.isOrganisationWord(token) && !this.lexicon.isCalendarWord(token)
				&& !this.lexicon.isFunctionWord(text, index)
				&& this.gazetteer.phrases().longestAt(text.tokens(), index) == null;
	}

	private static final class Tally {

		private final CountryReference country;

		private int count;

		private Tally(CountryReference country) {
			this.country = country;
		}

	}

}
