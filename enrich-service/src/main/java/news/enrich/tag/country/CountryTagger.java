package news.enrich.tag.country;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
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
		Map<String, Tally> tallies = new LinkedHashMap<>();
		BitSet covered = new BitSet(text.size());
		int i = 0;
		while (i < text.size()) {
			PhraseMatcher.Match<CountryReference> match = phrases.longestAt(text.tokens(), i);
			if (match != null) {
				if (match.value().isCountry() && isCountryHere(text, match)) {
					tallies.computeIfAbsent(match.value().code(), (code) -> new Tally(match.value())).count++;
					covered.set(match.start(), match.end());
					if (mentions != null) {
						mentions.add(text.mention(match.value().demonym() ? Mention.Kind.NATIONALITY
								: Mention.Kind.COUNTRY, match.start(), match.end(), match.value().code()));
					}
				}
				i = match.end();
				continue;
			}
			tagHyphenParts(text, i, phrases, tallies, covered, mentions);
			i++;
		}
		List<CountryTag> tags = new ArrayList<>();
		tallies.values()
			.stream()
			.sorted(Comparator.comparingInt((Tally tally) -> -tally.count))
			.forEach((tally) -> tags.add(new CountryTag(tally.country.code(), tally.country.name(), tally.count)));
		return new CountryMentions(tags, covered);
	}

	/**
	 * "Türkiye-Kazakhstan ties", "Turkish-Kazakh relations": each part names a country.
	 */
	private static void tagHyphenParts(TokenizedText text, int index, PhraseMatcher<CountryReference> phrases,
			Map<String, Tally> tallies, BitSet covered, List<Mention> mentions) {
		Token token = text.token(index);
		if (!token.isWord() || token.text().indexOf('-') < 0) {
			return;
		}
		int offset = token.start();
		for (String part : token.text().split("-")) {
			CountryReference country = phrases.single(part);
			if (country != null && country.isCountry()) {
				tallies.computeIfAbsent(country.code(), (code) -> new Tally(country)).count++;
				covered.set(index);
				if (mentions != null) {
					mentions.add(text.mentionAt(country.demonym() ? Mention.Kind.NATIONALITY : Mention.Kind.COUNTRY,
							offset, offset + part.length(), country.code()));
				}
			}
			offset += part.length() + 1;
		}
	}

	private boolean isCountryHere(TokenizedText text, PhraseMatcher.Match<CountryReference> match) {
		return !isVetoed(text, match) && (match.value().demonym() || !isPartOfPersonName(text, match));
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
