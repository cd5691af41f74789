package news.enrich.tag;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTests {

	private final Tokenizer tokenizer = new Tokenizer(Set.of("Dec.", "Mr."));

	@Test
	void abbreviationsInitialsAndHyphenatedNamesStayWhole() {
		TokenizedText text = this.tokenizer.tokenize("Mr. J. Smith met Kassym-Jomart Tokayev in the U.S. on Dec. 16.");
		assertThat(text.tokens()).extracting(Token::text)
			.containsExactly("Mr.", "J.", "Smith", "met", "Kassym-Jomart", "Tokayev", "in", "the", "U.S.", "on", "Dec.",
					"16", ".");
	}

	@Test
	void softHyphensJoinTheirWordAndAreLeftOutOfTheToken() {
		TokenizedText text = this.tokenizer.tokenize("Die Bundes\u00ADkanzlerin reiste in die T\u00FCr\u00ADkei.");
		assertThat(text.tokens()).extracting(Token::text)
			.containsExactly("Die", "Bundeskanzlerin", "reiste", "in", "die", "T\u00FCrkei", ".");
		assertThat(text.token(1).lower()).isEqualTo("bundeskanzlerin");
		assertThat(text.token(1).end() - text.token(1).start()).isEqualTo("Bundes\u00ADkanzlerin".length());
	}

	@Test
	void possessivesAndGluedSuffixesAreTokensOfTheirOwn() {
		TokenizedText text = this.tokenizer.tokenize("Tokayev’s 33rd visit cost US$1.5bn.");
		assertThat(text.tokens()).extracting(Token::text)
			.containsExactly("Tokayev", "’s", "33", "rd", "visit", "cost", "US$", "1.5", "bn", ".");
		assertThat(text.token(3).joined()).isTrue();
	}

	@Test
	void sentencesEndAtFullStopsAndLineBreaksButNotAtAbbreviations() {
		TokenizedText text = this.tokenizer.tokenize("A headline\n\nIt began on Dec. 16. Then it ended.");
		assertThat(text.sentenceOf(0)).isEqualTo("A headline");
		assertThat(text.sentenceOf(2)).isEqualTo("It began on Dec. 16.");
		assertThat(text.sentenceOf(text.size() - 1)).isEqualTo("Then it ended.");
	}

}
