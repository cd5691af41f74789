package news.eval.enrichment;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class GoldScorerTests {

	private static Path resource(String name) throws URISyntaxException {
		return Path.of(GoldScorerTests.class.getResource("/enrichment/" + name).toURI());
	}

	/**
	 * expected.txt is what {@code score_enrich.py gold predictions.json -v} printed on this fixture: greedy
	 * matching, tolerance, optional items, units_alt, duplicates, case and diacritics folding, missing documents.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void printsWhatTheReferenceScorerPrints() throws Exception {
		Path fixture = resource("scorer-fixture");
		Map<String, Object> predictions = JsonMapper.builder()
			.build()
			.readValue(fixture.resolve("predictions.json").toFile(), Map.class);
		GoldScorer scorer = new GoldScorer();
		List<String> lines = new ArrayList<>();
		for (Map<String, Object> doc : EvalEnrichCommand.readGold(fixture.resolve("gold"))) {
			scorer.add(doc, (Map<String, Object>) predictions.get(doc.get("id")), lines::add);
		}
		lines.addAll(scorer.lines());
		assertThat(lines).containsExactlyElementsOf(
				Files.readAllLines(fixture.resolve("expected.txt"), StandardCharsets.UTF_8));
	}

	@Test
	void foldsNamesAsTheGuidelinesSay() {
		assertThat(GoldScorer.fold("Kassym-Jomart Tokayev")).isEqualTo("kassym jomart tokayev");
		assertThat(GoldScorer.fold(" Recep Tayyip Erdoğan’s ")).isEqualTo("recep tayyip erdogan");
		assertThat(GoldScorer.fold("Eamonn O'Hare")).isEqualTo("eamonn ohare");
		assertThat(GoldScorer.fold("Félix  Tshisekedi")).isEqualTo("felix tshisekedi");
	}

	@Test
	void singularisesUnitsAsTheReferenceScorer() {
		assertThat(GoldScorer.singular("Companies")).isEqualTo("company");
		assertThat(GoldScorer.singular("per cent")).isEqualTo("%");
		assertThat(GoldScorer.singular("pct")).isEqualTo("%");
		assertThat(GoldScorer.singular("buses")).isEqualTo("bus");
		assertThat(GoldScorer.singular("boss")).isEqualTo("boss");
		assertThat(GoldScorer.singular("bus")).isEqualTo("bus");
		assertThat(GoldScorer.singular(null)).isEmpty();
	}

	@Test
	void figuresMatchWithinHalfAPercent() {
		Map<String, Object> gold = Map.of("value", 5e9, "unit", "USD", "units_alt", List.of("dollar"));
		assertThat(GoldScorer.figureMatch(gold, Map.of("value", 5.024e9, "unit", "usd"), true)).isTrue();
		assertThat(GoldScorer.figureMatch(gold, Map.of("value", 5.03e9, "unit", "USD"), true)).isFalse();
		assertThat(GoldScorer.figureMatch(gold, Map.of("value", 5e9, "currency", "dollars"), true)).isTrue();
		assertThat(GoldScorer.figureMatch(gold, Map.of("value", 5e9, "unit", "EUR"), true)).isFalse();
		assertThat(GoldScorer.figureMatch(gold, Map.of("value", 5e9, "unit", "EUR"), false)).isTrue();
	}

	@Test
	void duplicatesCountOnce() {
		List<Map<String, Object>> figures = List.of(Map.of("value", 12, "unit", "%"),
				Map.of("value", 12.0, "unit", "percent"), Map.of("value", 12, "unit", "day"));
		assertThat(GoldScorer.dedupe(figures)).hasSize(2);
	}

	@Test
	void roundsLikePython() {
		assertThat(Counts.fixed3(0.0625)).isEqualTo("0.062");
		assertThat(Counts.fixed3(2.0 / 3)).isEqualTo("0.667");
		assertThat(Counts.fixed3(1)).isEqualTo("1.000");
		assertThat(new Counts(0, 0, 0).line("people"))
			.isEqualTo("people         F1 0.000  P 0.000  R 0.000  (tp=0 fp=0 fn=0)");
	}

}
