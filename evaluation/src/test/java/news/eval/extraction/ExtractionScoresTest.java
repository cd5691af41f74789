package news.eval.extraction;

import java.util.List;
import java.util.Map;

import news.eval.extraction.ExtractionScores.Score;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtractionScoresTest {

	@Test
	void tokensAreRunsOfLettersDigitsAndUnderscoreInAnyScript() {
		assertThat(ExtractionScores.tokens("Ünïcode-text, 42_x; 東京 ok!")).containsExactly("Ünïcode", "text", "42_x",
				"東京", "ok");
		assertThat(ExtractionScores.tokens(null)).isEmpty();
	}

	@Test
	void shortTextsAreOneShorterShingleAndRepeatsAreCounted() {
		assertThat(ExtractionScores.shingles(List.of("a", "b"))).containsExactly(Map.entry(List.of("a", "b"), 1));
		assertThat(ExtractionScores.shingles(List.of())).isEmpty();
		assertThat(ExtractionScores.shingles(ExtractionScores.tokens("a b c d a b c d")))
			.containsEntry(List.of("a", "b", "c", "d"), 2)
			.hasSize(4);
	}

	@Test
	void shinglePrecisionIsAveragedOverNonEmptyPredictionsRecallOverAllPages() {
		Map<String, String> truth = Map.of("1", "one two three four five", "2", "alpha beta gamma delta", "3",
				"w x y z");
		// Page 1: 2 true shingles, predicted 1 of them plus 1 wrong (p 0.5, r 0.5); page 2 exact; page 3 empty.
		Map<String, String> predicted = Map.of("1", "one two three four six", "2", "alpha beta gamma delta");
		Score score = ExtractionScores.shingleScore(truth, predicted, List.of("1", "2", "3"));

		assertThat(score.precision()).isCloseTo((0.5 + 1) / 2, within(1e-9));
		assertThat(score.recall()).isCloseTo((0.5 + 1 + 0) / 3, within(1e-9));
		double p = 0.75;
		double r = 0.5;
		assertThat(score.f1()).isCloseTo(2 * p * r / (p + r), within(1e-9));
		assertThat(score.accuracy()).isCloseTo(1.0 / 3, within(1e-9));
	}

	@Test
	void emptyTruthAndEmptyPredictionIsAPerfectButUncountedPage() {
		Score score = ExtractionScores.shingleScore(Map.of("1", "", "2", "a b c d"), Map.of("2", "a b c d"),
				List.of("1", "2"));

		assertThat(score.precision()).isEqualTo(1.0);
		assertThat(score.recall()).isEqualTo(1.0);
		assertThat(score.accuracy()).isEqualTo(1.0);
	}

	@Test
	void snippetsAreFoundAfterWhitespaceNormalisation() {
		int[] counts = new int[4];
		ExtractionScores.countSnippets("First  line\nsecond\u00a0line. Footer", List.of("line second line", "absent"),
				List.of("Footer", "Impressum"), counts);

		// tp, fp, fn, tn
		assertThat(counts).containsExactly(1, 1, 1, 1);
		Score score = Score.ofCounts(counts[0], counts[1], counts[2], 1);
		assertThat(score.f1()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void zeroWidthSpaceIsNotWhitespaceForTheReferenceScorer() {
		assertThat(ExtractionScores.normalise(" a\u200bb \t c ")).isEqualTo("a\u200bb c");
	}

	@Test
	void metadataComparesNormalisedTextAndAuthorListsJoinedBySemicolons() {
		assertThat(ExtractionScores.sameText("A  headline ", "A headline")).isTrue();
		assertThat(ExtractionScores.sameText("A headline", null)).isFalse();
		assertThat(ExtractionScores.sameAuthors(List.of("Jane Doe; John Roe"), List.of("Jane Doe", "John Roe")))
			.isTrue();
		assertThat(ExtractionScores.sameAuthors(List.of("Jane Doe"), List.of())).isFalse();
	}

	@Test
	void looseComparisonSetsAsideCaseSoftHyphensBylineLabelsAndJoiners() {
		assertThat(ExtractionScores.sameTextLoosely("EINE GROSSE CHANCE", "Eine große Chance")).isTrue();
		assertThat(ExtractionScores.sameTextLoosely("Welt\u00ADernährung", "Welternährung")).isTrue();
		assertThat(ExtractionScores.sameTextLoosely("Eine große Chance", "Eine kleine Chance")).isFalse();
		assertThat(ExtractionScores.sameAuthorsLoosely(List.of("Von Jane Doe und John Roe"), List.of("Jane Doe", "John Roe")))
			.isTrue();
		assertThat(ExtractionScores.sameAuthorsLoosely(List.of("JANE DOE, JOHN ROE & AL SMITH"),
				List.of("Jane Doe", "John Roe", "Al Smith")))
			.isTrue();
		assertThat(ExtractionScores.sameAuthorsLoosely(List.of("Jane Doe und John Roe"), List.of("Jane Doe")))
			.isFalse();
		assertThat(ExtractionScores.sameAuthorsLoosely(List.of("Jane Doe"), List.of())).isFalse();
	}

	@Test
	void dayIsTheLeadingIsoDate() {
		assertThat(ExtractionScores.day("2024-03-05T10:00:00+01:00")).isEqualTo("2024-03-05");
		assertThat(ExtractionScores.day("5 March 2024")).isNull();
		assertThat(ExtractionScores.day(null)).isNull();
	}

	@Test
	void countsGivePrecisionRecallAndF1() {
		// htmldate: 3 right days, 1 wrong day, 1 page without a date.
		Score score = Score.ofCounts(3, 1, 1, 5);

		assertThat(score.precision()).isCloseTo(0.75, within(1e-9));
		assertThat(score.recall()).isCloseTo(0.75, within(1e-9));
		assertThat(score.f1()).isCloseTo(6.0 / 8, within(1e-9));
	}

	@Test
	void keyDropsGzAndHtmlSuffixesLikeTheReferenceScorer() {
		assertThat(ExtractionEvaluation.key(java.nio.file.Path.of("html/site.example.html.gz")))
			.isEqualTo("site.example");
		assertThat(ExtractionEvaluation.key(java.nio.file.Path.of("html/page.htm"))).isEqualTo("page");
	}

}
