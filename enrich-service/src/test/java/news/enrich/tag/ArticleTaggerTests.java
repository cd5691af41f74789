package news.enrich.tag;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import news.events.CountryTag;
import news.events.Figure;
import news.events.PersonTag;

import static news.enrich.tag.TaggedSamples.TAGGER;
import static news.enrich.tag.TaggedSamples.countries;
import static news.enrich.tag.TaggedSamples.figures;
import static news.enrich.tag.TaggedSamples.people;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ArticleTaggerTests {

	@Nested
	class Countries {

		@Test
		void namesAndAliasesGiveTheSameCode() {
			assertThat(countries("Talks in the U.S. were followed by a visit to Britain, the UAE and Türkiye. "
					+ "The United States, the UK and the Russian Federation abstained."))
				.containsExactlyInAnyOrder("US", "GB", "AE", "TR", "RU");
		}

		@Test
		void softHyphensInsideNamesDoNotHideThem() {
			assertThat(countries("Trade between Kazakh\u00ADstan and Tur\u00ADkey grew."))
				.containsExactlyInAnyOrder("KZ", "TR");
		}

		@Test
		void demonymsNameTheirCountry() {
			assertThat(countries("Kazakh students and Chinese investors met American and British officials."))
				.containsExactlyInAnyOrder("KZ", "CN", "US", "GB");
		}

		@Test
		void mentionsCountNamesAliasesAndDemonyms() {
			List<CountryTag> tags = TAGGER.tag(null, "Türkiye, long called Turkey, welcomed Turkish exporters.")
				.countries();
			assertThat(tags).containsExactly(new CountryTag("TR", "Türkiye", 3, true));
		}

		@Test
		void hyphenatedPairsNameBothCountries() {
			assertThat(countries("Türkiye-Kazakhstan ties grew as Turkish-Kazakh trade rose."))
				.containsExactlyInAnyOrder("TR", "KZ");
		}

		@Test
		void lowerCaseTurkeyIsTheBird() {
			assertThat(countries("The family roasted a turkey and watched chad ballots being counted on the news."))
				.isEmpty();
		}

		@Test
		void countryNamesInsidePersonNamesAreNotCountries() {
			assertThat(countries("Michael Jordan scored 30 points while Chad Smith watched from the stands."))
				.isEmpty();
		}

		@Test
		void countryNamesNextToOtherCapitalsStillCount() {
			assertThat(countries("Jordan and Israel signed a water deal with Chad.")).containsExactlyInAnyOrder("JO",
					"IL", "TD");
		}

		@Test
		void georgiaWithUsStateCuesIsNotTheCountry() {
			assertThat(countries("Voters in Atlanta, Georgia queued for hours.")).isEmpty();
			assertThat(countries("Georgia and Armenia reopened their border.")).containsExactlyInAnyOrder("GE", "AM");
		}

		@Test
		void citiesRegionsAndTheEuropeanUnionAreNotCountries() {
			assertThat(countries("Flights from Ankara and Istanbul to Latin America and the European Union resumed "
					+ "across the Indian Ocean."))
				.isEmpty();
		}

		@Test
		void formerStatesGetTheirHistoricCodes() {
			assertThat(countries("Kazakhstan declared independence after the collapse of the Soviet Union."))
				.containsExactlyInAnyOrder("KZ", "SUHH");
		}

	}

	@Nested
	class People {

		@Test
		void titlesAndDemonymsAreStrippedAndSurnamesLinked() {
			List<PersonTag> tags = TAGGER
				.tag("Kazakh President Kassym-Jomart Tokayev meets President Recep Tayyip Erdoğan",
						"Erdoğan welcomed Tokayev at the airport. Tokayev’s visit lasted two days.")
				.people();
			assertThat(tags).containsExactlyInAnyOrder(new PersonTag("Kassym-Jomart Tokayev", 3),
					new PersonTag("Recep Tayyip Erdoğan", 2));
		}

		@Test
		void rolesBeforeTheTitleAreStrippedToo() {
			assertThat(people("Deputy Foreign Minister Serik Zhumangarin opened the forum."))
				.containsExactly("Serik Zhumangarin");
		}

		@Test
		void aReportingVerbMarksAnUntitledSpeaker() {
			assertThat(people("Olumide Adeyemi said the port would reopen.")).containsExactly("Olumide Adeyemi");
		}

		@Test
		void aLowerCaseRoleBeforeTheNameIsATitle() {
			assertThat(people("The ministry's spokesperson Zhang Xiaogang declined to comment."))
				.containsExactly("Zhang Xiaogang");
		}

		@Test
		void aCommonGivenNameIsACue() {
			assertThat(people("Fans remember how Michael Jordan dominated the finals."))
				.containsExactly("Michael Jordan");
		}

		@Test
		void bylinesAndPhotoCreditsAreNotPeople() {
			assertThat(people("By Daily Sabah with Agencies\n\nDelegates arrived on Monday (Reuters Photo). "
					+ "Photo: Derya Kaya\n\nThe talks began."))
				.isEmpty();
		}

		@Test
		void reportingCreditsAreNotPeople() {
			assertThat(people("By Tom Balmforth and Olena Harmash\n\nPower was cut in five regions.\n\n"
					+ "(Reporting by Tom Balmforth; Editing by Mark Heinrich)"))
				.isEmpty();
		}

		@Test
		void particlesBelongToTheNameAndLaterMentionsMerge() {
			assertThat(
					TAGGER.tag(null, "Lula met Ursula von der Leyen in Brasília. Von der Leyen said the deal was near.")
						.people())
				.containsExactly(new PersonTag("Ursula von der Leyen", 2));
		}

		@Test
		void aCapitalisedPairAfterInIsAPlaceEvenBeforeSaid() {
			assertThat(people("Officials in New Delhi said the corridor would reopen.")).isEmpty();
		}

		@Test
		void organisationsAndPlacesAreNotPeople() {
			assertThat(people("Both countries are founding members of the Organization of Turkic States and the "
					+ "Turkic Parliamentary Assembly, and work within the United Nations and the Middle Corridor."))
				.isEmpty();
		}

		@Test
		void aSurnameAloneIsNotReportedAsAPerson() {
			assertThat(people("Erdoğan and Tokayev met on Tuesday.")).isEmpty();
		}

	}

	@Nested
	class Figures {

		@Test
		void moneyIsNormalisedToIsoCodesAndScaled() {
			assertThat(figures("Trade reached $5 billion (TL 202.86 billion). Germany pledged €3.2 million, "
					+ "the bank lent 500 million tenge, Moscow spent 2 trillion rubles and London raised £40m."))
				.extracting(Figure::value, Figure::unit, Figure::kind, Figure::text)
				.containsExactly(tuple(5e9, "USD", Figure.Kind.MONEY, "$5 billion"),
						tuple(202.86e9, "TRY", Figure.Kind.MONEY, "TL 202.86 billion"),
						tuple(3.2e6, "EUR", Figure.Kind.MONEY, "€3.2 million"),
						tuple(500e6, "KZT", Figure.Kind.MONEY, "500 million tenge"),
						tuple(2e12, "RUB", Figure.Kind.MONEY, "2 trillion rubles"),
						tuple(40e6, "GBP", Figure.Kind.MONEY, "£40m"));
		}

		@Test
		void dollarPrefixesWithACountryKeepTheirCurrency() {
			assertThat(figures("The fund raised US$1.5bn and C$200 million.")).extracting(Figure::value, Figure::unit)
				.containsExactly(tuple(1.5e9, "USD"), tuple(200e6, "CAD"));
		}

		@Test
		void countsTakeTheHeadNounAfterAdjectivesAndDemonyms() {
			assertThat(figures("Currently, 3,538 Turkish capital companies operate in Kazakhstan, and 14 bilateral "
					+ "meetings were held."))
				.extracting(Figure::value, Figure::unit, Figure::kind, Figure::text)
				.containsExactly(tuple(3538.0, "company", Figure.Kind.COUNT, "3,538"),
						tuple(14.0, "meeting", Figure.Kind.COUNT, "14"));
		}

		@Test
		void spelledNumbersAreParsed() {
			assertThat(figures("Seventy-eight joint projects are under way and twelve thousand workers were hired."))
				.extracting(Figure::value, Figure::unit, Figure::text)
				.containsExactly(tuple(78.0, "project", "Seventy-eight"), tuple(12000.0, "worker", "twelve thousand"));
		}

		@Test
		void percentagesInEveryNotationHaveThePercentUnit() {
			assertThat(figures("Exports rose 12 percent, imports 7.5% and services 4 per cent."))
				.extracting(Figure::value, Figure::unit, Figure::kind)
				.containsExactly(tuple(12.0, "%", Figure.Kind.PERCENT), tuple(7.5, "%", Figure.Kind.PERCENT),
						tuple(4.0, "%", Figure.Kind.PERCENT));
		}

		@Test
		void rangesGiveTwoFiguresWithTheSameUnit() {
			assertThat(figures("The visa-free stay was extended from 30 to 90 days, and prices rose between 5 and 10 "
					+ "percent."))
				.extracting(Figure::value, Figure::unit)
				.containsExactly(tuple(30.0, "day"), tuple(90.0, "day"), tuple(5.0, "%"), tuple(10.0, "%"));
		}

		@Test
		void measuresKeepTheirUnitInTheSingular() {
			assertThat(figures("The 1,200 km pipeline carries 3 million barrels and feeds a 500 MW plant."))
				.extracting(Figure::value, Figure::unit, Figure::kind)
				.containsExactly(tuple(1200.0, "km", Figure.Kind.MEASURE), tuple(3e6, "barrel", Figure.Kind.MEASURE),
						tuple(500.0, "mw", Figure.Kind.MEASURE));
		}

		@Test
		void qualifiersAreKeptApart() {
			assertThat(figures("More than 20 official visits took place, nearly 300 students enrolled and up to "
					+ "10 km of road was built."))
				.extracting(Figure::value, Figure::unit, Figure::qualifier)
				.containsExactly(tuple(20.0, "visit", "more than"), tuple(300.0, "student", "nearly"),
						tuple(10.0, "km", "up to"));
		}

		@Test
		void yearsDatesTimesOrdinalsAndNamesAreNotFigures() {
			assertThat(figures("In 2024, on the 33rd anniversary, the fifth meeting of the G20 discussed COVID-19 "
					+ "and Article 5. Relations began on Dec. 16, 1991, were upgraded on March 2, 1992, and July 28 "
					+ "at 10:30 a.m. for the 2024-2025 academic year."))
				.isEmpty();
		}

		@Test
		void smallSpelledNumbersAfterADeterminerAreNotFigures() {
			assertThat(figures("The two countries are one of the closest pairs.")).isEmpty();
		}

		@Test
		void anImplicitCountTakesTheNounBeforeIt() {
			assertThat(figures("Türkiye is a top destination for Kazakh tourists, with 863,000 visiting last year."))
				.extracting(Figure::value, Figure::unit)
				.containsExactly(tuple(863000.0, "tourist"));
		}

		@Test
		void aFigureStatedTwiceIsListedOnce() {
			assertThat(figures("Trade hit $5 billion. Officials repeated that trade hit $5 billion.")).hasSize(1);
		}

		@Test
		void eachFigureCarriesItsSentence() {
			assertThat(figures("Leaders met on Tuesday. They signed 12 agreements.")).singleElement()
				.extracting(Figure::sentence)
				.isEqualTo("They signed 12 agreements.");
		}

	}

}
