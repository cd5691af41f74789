package news.enrich.tag;

import org.junit.jupiter.api.Test;

import news.events.Figure;

import static news.enrich.tag.TaggedSamples.TAGGER;
import static news.enrich.tag.TaggedSamples.countries;
import static news.enrich.tag.TaggedSamples.figures;
import static news.enrich.tag.TaggedSamples.people;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The ambiguity rules added with the project's gold set, on sentences of their own. */
class HardCaseTests {

	@Test
	void aUsStateKeepsItsSenseThroughTheArticle() {
		assertThat(countries("Georgia Governor Jane Roe met voters. Farmers in Georgia expect rain.")).isEmpty();
		assertThat(countries("Georgia Governor Jane Roe met Georgian diplomats. Georgia will reply.")).containsExactly("GE");
	}

	@Test
	void aCountryNameSeenInAPersonsNameIsThePersonAlone() {
		assertThat(countries("Michael Jordan owns a team. Jordan sold it.")).isEmpty();
		assertThat(countries("Jordan signed a deal with Iraq.")).containsExactlyInAnyOrder("JO", "IQ");
	}

	@Test
	void aCountryNameUsedAsACommonNounIsNotTheCountryWhereCapitalsSayNothing() {
		assertThat(countries("Shoppers bought turkey early. Turkey growers in Iowa were pleased.")).isEmpty();
		assertThat(countries("Shoppers bought turkey early, while exports from Turkey rose.")).containsExactly("TR");
	}

	@Test
	void watersNamedAfterACountryDoNotNameIt() {
		assertThat(countries("Piracy in the Gulf of Guinea and storms in the Gulf of Mexico rose.")).isEmpty();
	}

	@Test
	void aNameMaySpanHyphenatedWords() {
		assertThat(countries("The Port-South Sudan-Uganda road opened.")).containsExactlyInAnyOrder("SS", "UG");
	}

	@Test
	void arabicParticlesRegnalNumbersAndHonorifics() {
		assertThat(people("Prime Minister Ahmed Hassan al-Rashid met King Hussein II in Amman."))
			.containsExactlyInAnyOrder("Ahmed Hassan al-Rashid", "Hussein II");
		assertThat(people("Mr. Whitaker, the fund's chairman, declined to comment.")).containsExactly("Whitaker");
	}

	@Test
	void portfoliosPlacesAndLettersAreNotPartOfNames() {
		assertThat(people("The Minister of Health Karen Holt spoke. Ohio Mary Jensen agreed. Northern Ohio voted. "
				+ "King Henry I ruled; Texas A won."))
			.containsExactlyInAnyOrder("Karen Holt", "Mary Jensen", "Henry I");
	}

	@Test
	void namesAfterAnArticleOrOfCompaniesAreNotPeople() {
		assertThat(people("Fans of the Denver Nuggets cheered as Philip Morris shares fell.")).isEmpty();
	}

	@Test
	void appositivesAndRelationsCuePeople() {
		assertThat(people("Ines Vardakis, the agency's deputy head, spoke. His wife, Oksana Melnyk, did not."))
			.containsExactlyInAnyOrder("Ines Vardakis", "Oksana Melnyk");
	}

	@Test
	void hyphenatedUnitsScalesAndCurrencies() {
		assertThat(figures("A 420-km canal, a 12-pound parcel, Rs 30 crore, 40k members, 7pc growth and "
				+ "NT$5 billion in sales."))
			.extracting(Figure::value, Figure::unit)
			.containsExactlyInAnyOrder(tuple(420.0, "km"), tuple(12.0, "pound"), tuple(3.0e8, "INR"),
					tuple(40000.0, "member"), tuple(7.0, "%"), tuple(5.0e9, "TWD"));
	}

	@Test
	void theSecondYearOfASeasonAndAVerbBeforeTheNumberAreNotFigures() {
		assertThat(figures("The 2022-23 season ended.")).isEmpty();
		assertThat(figures("The storm kills more than 40 along the coast, where 300 homes flooded."))
			.extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(300.0, "home"));
	}

	@Test
	void countedNounsMaySitBehindProperAdjectives() {
		assertThat(figures("About 2,500 Polish and Lithuanian soldiers joined."))
			.extracting(Figure::value, Figure::unit)
			.containsExactly(tuple(2500.0, "soldier"));
	}

}
