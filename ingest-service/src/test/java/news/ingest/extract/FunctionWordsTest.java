package news.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The language a text opens in, told by its function words before the statistical detector is asked. */
class FunctionWordsTest {

	private static final FunctionWords words = new FunctionWords();

	private static final String ENGLISH = "The council met on Monday evening to discuss the budget for the coming "
			+ "year. Most of the groups backed the mayor's draft after the administration had cut the spending on the "
			+ "new harbour once more. The repair of the schools and the new cycle lanes are to begin in the next "
			+ "months, and the opposition said that the fees for the nurseries will rise all the same.";

	private static final String GERMAN = "Der Gemeinderat hat am Montagabend über den Haushalt für das kommende Jahr "
			+ "beraten. Die Mehrheit der Fraktionen stimmte dem Entwurf des Bürgermeisters zu, nachdem die Verwaltung "
			+ "die geplanten Ausgaben für den neuen Hafen noch einmal deutlich gekürzt hatte. Vor allem die Sanierung "
			+ "der Schulen und der Ausbau der Radwege sollen in den nächsten Monaten beginnen.";

	@Test
	void runningTextOpensInTheLanguageOfItsFunctionWords() {
		assertThat(words.language(ENGLISH)).isEqualTo("en");
		assertThat(words.language(GERMAN)).isEqualTo("de");
		assertThat(words.language("Le conseil municipal a débattu lundi soir du budget de l'année prochaine. La "
				+ "majorité des groupes a soutenu le projet du maire, après que l'administration a encore réduit les "
				+ "dépenses prévues pour le nouveau port. La rénovation des écoles et les nouvelles pistes cyclables "
				+ "doivent commencer dans les prochains mois.")).isEqualTo("fr");
	}

	@Test
	void aShortTextOrOneWithoutAClearLeaderTellsNothing() {
		assertThat(words.language("Photo: the harbour at dawn, seen from the old lighthouse")).isNull();
		assertThat(words.language("Bürgermeister Anna Schmidt Hafen Haushalt Radwege Schulen Sanierung Kindergärten "
				+ "Gebühren Rathaus Stellenplan Herbst Frühjahr Gewerbesteuer Einnahmen Leistungen Vereine Bürgerinnen "
				+ "Monat Woche Einwände Sitzung Fraktionsvorsitzende Gespräch Verwaltung Entwurf Mehrheit Opposition "
				+ "Rücklagen Zeiten Kämmerer Jahr")).isNull();
		// An English lead with a German quote as long as itself: neither language leads plainly.
		String mixed = ENGLISH.substring(0, 180) + " " + GERMAN.substring(0, 230);
		assertThat(words.language(mixed)).isNull();
	}

	@Test
	void readsOnlyTheOpening() {
		assertThat(words.language(ENGLISH + " " + GERMAN.repeat(5))).isEqualTo("en");
	}

}
