package news.ingest.extract;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whitespace runs become one space, as the regex replace the loop took over from made them. */
class TextNormalizerTest {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

	@Test
	void runsOfLayoutSpacesBecomeOneSpaceAndTheEndsAreTrimmed() {
		assertThat(TextNormalizer.collapse(" \u00A0Jane\u200B\u200B Doe\t\r\n\uFEFF")).isEqualTo("Jane Doe");
		assertThat(TextNormalizer.collapse("a\u2028b\u3000c")).isEqualTo("a\u2028b\u3000c");
		assertThat(TextNormalizer.collapse(null)).isEmpty();
	}

	@Test
	void theLoopCollapsesAsTheRegexReplaceDid() {
		char[] alphabet = { ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F', '\u200B', '\uFEFF',
				'\u0001', '\u001F', '\u0085', '\u2028', '\u3000', '\u1680', 'a', 'é', '\uD83D', '\uDE00' };
		Random random = new Random(42);
		for (int n = 0; n < 20_000; n++) {
			char[] text = new char[random.nextInt(12)];
			for (int i = 0; i < text.length; i++) {
				text[i] = alphabet[random.nextInt(alphabet.length)];
			}
			String input = new String(text);

			assertThat(TextNormalizer.collapse(input)).as(input)
				.isEqualTo(WHITESPACE.matcher(input).replaceAll(" ").trim());
		}
	}

}
