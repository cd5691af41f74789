package news.enrich.tag.place;

import java.util.BitSet;
import java.util.List;

import news.enrich.tag.Lexicon;
import news.enrich.tag.Mention;
import news.enrich.tag.PhraseMatcher;
import news.enrich.tag.TagResources;
import news.enrich.tag.Token;
import news.enrich.tag.TokenizedText;
import news.enrich.tag.country.CountryMentions;

/**
 * Finds places that are not countries (cities, states, regions, seas) from {@code tag/places.tsv}, for mentions
 * only: a place never adds its country to the tags (GUIDELINES.md). Words already read as a country or a person
 * ("Washington" in "George Washington") are skipped.
 */
public final class PlaceTagger {

	private final Lexicon lexicon;

	private final PhraseMatcher<String> places;

	public PlaceTagger(Lexicon lexicon) {
		this.lexicon = lexicon;
		PhraseMatcher.Builder<String> builder = PhraseMatcher.builder(lexicon.tokenizer(), false);
		for (String[] row : TagResources.rows("places.tsv")) {
			builder.add(row[0], (row.length > 1) ? row[1] : "");
		}
		this.places = builder.build();
	}

	/**
	 * Adds a {@link Mention.Kind#PLACE} mention, referring to the place's country code (empty for regions and
	 * waters), for each place outside the countries and the person mentions already in {@code mentions}.
	 */
	public void tag(TokenizedText text, CountryMentions countries, List<Mention> mentions) {
		BitSet people = new BitSet();
		for (Mention mention : mentions) {
			if (mention.kind() == Mention.Kind.PERSON) {
				people.set(mention.start(), mention.end());
			}
		}
		int i = 0;
		while (i < text.size()) {
			PhraseMatcher.Match<String> match = this.places.longestAt(text.tokens(), i);
			if (match == null || countries.covers(match.start()) || countries.covers(match.end() - 1)) {
				i++;
				continue;
			}
			Token first = text.token(match.start());
			boolean inName = !people.get(first.start(), text.token(match.end() - 1).end()).isEmpty()
					|| isAfterName(text, match.start());
			if (!inName) {
				mentions.add(text.mention(Mention.Kind.PLACE, match.start(), match.end(), match.value()));
			}
			i = match.end();
		}
	}

	/** "George Washington", "Mr. Houston": a given name or a title right before. */
	private boolean isAfterName(TokenizedText text, int index) {
		if (index == text.sentenceStart(index)) {
			return false;
		}
		Token previous = text.token(index - 1);
		return previous.isCapitalised() && (this.lexicon.isGivenName(previous) || this.lexicon.isTitle(previous));
	}

}
