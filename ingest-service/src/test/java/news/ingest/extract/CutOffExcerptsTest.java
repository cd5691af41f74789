package news.ingest.extract;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The search for a closing ellipsis starts late without missing one. */
class CutOffExcerptsTest {

	private static boolean endsInEllipsis(String text) {
		return ExtractionRules.ELLIPSIS_END.matcher(text).find(CutOffExcerpts.ellipsisSearchStart(text));
	}

	@Test
	void anEllipsisBeforeClosingCharactersIsFound() {
		assertThat(endsInEllipsis("… plan paralelo para …")).isTrue();
		assertThat(endsInEllipsis("the rest of the story [...] »")).isTrue();
		assertThat(endsInEllipsis("so it goes...\u2028")).isTrue();
		assertThat(endsInEllipsis("so it goes... on")).isFalse();
		assertThat(endsInEllipsis("so it goes..\u2028\u2028")).isFalse();
	}

	@Test
	void searchingFromTheEarliestStartFindsWhatASearchOfTheWholeTextFinds() {
		char[] alphabet = { '.', '…', 'a', ' ', '\n', '\r', '\t', ']', ')', '»', '›', '→', '\u0085', '\u2028', '\u2029',
				'\u00A0', '[', '(' };
		Random random = new Random(7);
		for (int n = 0; n < 50_000; n++) {
			char[] text = new char[random.nextInt(10)];
			for (int i = 0; i < text.length; i++) {
				text[i] = alphabet[random.nextInt(alphabet.length)];
			}
			String input = new String(text);

			assertThat(endsInEllipsis(input)).as(input).isEqualTo(ExtractionRules.ELLIPSIS_END.matcher(input).find());
		}
	}

}
