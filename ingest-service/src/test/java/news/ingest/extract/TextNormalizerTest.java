package news.ingest.extract;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whitespace collapsing, hand-written, must stay what the regex it replaced gave. */
class TextNormalizerTest {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

	private static String byRegex(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ").trim();
	}

	@Test
	void runsOfLayoutSpacesBecomeOneSpace() {
		assertThat(TextNormalizer.collapse(" Jane\u00A0\u00A0Doe \t\u200B| \uFEFF12.03.2020\n"))
			.isEqualTo("Jane Doe | 12.03.2020");
	}

	@Test
	void textWithoutRunsIsOnlyTrimmed() {
		assertThat(TextNormalizer.collapse("\u0001Jane Doe ")).isEqualTo("Jane Doe");
		assertThat(TextNormalizer.collapse(null)).isEmpty();
	}

	@Test
	void givesWhatTheRegexGaveOnRandomText() {
		char[] alphabet = { 'a', 'Z', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F',
				'\u200B', '\uFEFF', '\u0001', '\u001F', '\u2003', '\u3000', 'é', '\uD83D', '\uDE00' };
		Random random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(12); length > 0; length--) {
				text.append(alphabet[random.nextInt(alphabet.length)]);
			}
			assertThat(TextNormalizer.collapse(text.toString())).as("%s", text).isEqualTo(byRegex(text.toString()));
		}
	}

}
