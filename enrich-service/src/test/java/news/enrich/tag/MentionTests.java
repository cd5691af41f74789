package news.enrich.tag;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MentionTests {

	private static final ArticleTagger TAGGER = new ArticleTagger();

	@Test
	void mentionsCarryOffsetsIntoTheTaggedText() {
		TaggedText tagged = TAGGER.analyse("Tokayev visits Türkiye",
				"Kazakh President Kassym-Jomart Tokayev said trade reached $5 billion. Tokayev met Turkish officials.");
		assertThat(tagged.mentions()).extracting(Mention::kind, Mention::text, Mention::ref)
			.contains(tuple(Mention.Kind.COUNTRY, "Türkiye", "TR"), tuple(Mention.Kind.NATIONALITY, "Kazakh", "KZ"),
					tuple(Mention.Kind.PERSON, "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"),
					tuple(Mention.Kind.PERSON, "Tokayev", "Kassym-Jomart Tokayev"),
					tuple(Mention.Kind.MONEY, "$5 billion", "USD"), tuple(Mention.Kind.NATIONALITY, "Turkish", "TR"));
		for (Mention mention : tagged.mentions()) {
			assertThat(tagged.text().substring(mention.start(), mention.end())).isEqualTo(mention.text());
		}
		assertThat(tagged.tags()).isEqualTo(TAGGER.tag("Tokayev visits Türkiye",
				"Kazakh President Kassym-Jomart Tokayev said trade reached $5 billion. Tokayev met Turkish officials."));
	}

	@Test
	void hyphenatedPairsGiveOneMentionPerCountry() {
		TaggedText tagged = TAGGER.analyse(null, "Türkiye-Kazakhstan ties");
		assertThat(tagged.mentions()).extracting(Mention::text, Mention::start, Mention::end)
			.containsExactly(tuple("Türkiye", 0, 7), tuple("Kazakhstan", 8, 18));
	}

	@Test
	void placesAreMentionsButNeverCountryTags() {
		TaggedText tagged = TAGGER.analyse(null,
				"Officials in Ankara and Mexico City met George Washington's heirs on the Black Sea coast.");
		assertThat(tagged.mentions()).extracting(Mention::kind, Mention::text, Mention::ref)
			.contains(tuple(Mention.Kind.PLACE, "Ankara", "TR"), tuple(Mention.Kind.PLACE, "Mexico City", "MX"),
					tuple(Mention.Kind.PLACE, "Black Sea", ""))
			.doesNotContain(tuple(Mention.Kind.PLACE, "Washington", "US"));
		assertThat(tagged.tags().countries()).isEmpty();
	}

}
