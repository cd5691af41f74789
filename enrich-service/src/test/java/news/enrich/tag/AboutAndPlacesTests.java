package news.enrich.tag;

import news.events.CountryTag;
import news.events.PlaceTag;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4: which countries an article is about, and places kept apart from countries. */
class AboutAndPlacesTests {

	private static final ArticleTagger TAGGER = new ArticleTagger();

	@Nested
	class About {

		@Test
		void countriesOfTheHeadlineAndLeadAreSubjects() {
			Tags tags = TAGGER.tag("Chile and Peru sign a copper pact",
					"Chilean and Peruvian ministers met in Lima on Monday.\n\n"
							+ "The deal follows talks with Canada last year.\n\nOfficials in Santiago welcomed it.");
			assertThat(tags.countries()).filteredOn(CountryTag::about)
				.extracting(CountryTag::code)
				.containsExactlyInAnyOrder("CL", "PE");
			assertThat(tags.countries()).filteredOn(c -> !c.about()).extracting(CountryTag::code).containsExactly("CA");
		}

		@Test
		void aCountryCarryingTheStoryFurtherDownIsASubjectToo() {
			Tags tags = TAGGER.tag("Markets steady after a quiet week", "Stocks closed flat on Friday.\n\n"
					+ "Traders said little moved.\n\nIn Japan, exporters gained. Japanese carmakers led, and Japan's "
					+ "central bank held rates. Analysts expect Japan to stay the course.");
			assertThat(tags.countries()).containsExactly(new CountryTag("JP", "Japan", 4, true));
		}
	}

	@Nested
	class Places {

		@Test
		void citiesAreTaggedWithTheirCountryButDoNotNameIt() {
			Tags tags = TAGGER.tag(null, "The delegation flew from Ankara to Almaty, then back to Ankara.");
			assertThat(tags.countries()).isEmpty();
			assertThat(tags.places()).contains(new PlaceTag("Ankara", "TR", 2), new PlaceTag("Almaty", "KZ", 1));
		}
	}
}
