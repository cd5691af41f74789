package news.ingest.extract;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-character table must never turn away a text the pattern matches. */
class PatternStartsTest {

	private static final Pattern LABEL = MetadataRules.BYLINE_LABEL;

	private static final PatternStarts STARTS = new PatternStarts(LABEL);

	@Test
	void textsStartingWithNoLabelLetterAreTurnedAway() {
		for (String text : List.of("xylophone", "Quelle: dpa", "12.03.2020", "\"Quoted\"", "Zeitung", "The harbour",
				"Photo: Jane Doe", "Bonn")) {
			assertThat(STARTS.mayStart(text)).as(text).isFalse();
		}
	}

	@Test
	void labelsInEveryCaseAndScriptPass() {
		for (String text : List.of("By Jane Doe", "VON JANE DOE", "écrit par Jean", "Écrit par Jean", "作者：焦鹏",
				"от Иван", "ОТ Иван", "ſtory by Jane Doe", "Autor/in: Jane Doe")) {
			assertThat(LABEL.matcher(text).lookingAt()).as(text).isTrue();
			assertThat(STARTS.mayStart(text)).as(text).isTrue();
		}
	}

	@Test
	void neverTurnsAwayAMatchOnRandomText() {
		String[] pieces = { "by ", "By", "VON ", "von:", "ſ", "Text & Fotos: ", "作者：", "写", "autor", "x", " ", "é", "É",
				"Redaktion: ", "𝐁", "K", "posted ", "Posted by ", ":" };
		Random random = new Random(11);
		int matches = 0;
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = 1 + random.nextInt(4); n > 0; n--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			if (LABEL.matcher(text).lookingAt()) {
				matches++;
				assertThat(STARTS.mayStart(text)).as("%s", text).isTrue();
			}
		}
		assertThat(matches).isGreaterThan(1000);
	}

}
