package news.eval.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.eval.extraction.ExtractionScores.Score;
import news.ingest.extract.ArticleExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality floor: runs the three dev evaluations of {@code ../shared/eval/extraction} (next to the repository)
 * and fails when any score falls more than {@link #TOLERANCE} below the level pinned in
 * {@code extraction-baseline.json}. Skipped where the evaluation data is not present.
 */
class QualityFloorTest {

	static final double TOLERANCE = 0.005;

	@Test
	void noScoreDropsBelowTheBaseline() throws Exception {
		Path sets = repositoryRoot().resolve("../shared/eval/extraction").normalize();
		Assumptions.assumeTrue(Files.isDirectory(sets), "no evaluation data at " + sets);
		JsonNode baseline = JsonMapper.builder().build()
			.readTree(QualityFloorTest.class.getResourceAsStream("/extraction-baseline.json"));
		ExtractionEvaluation evaluation = new ExtractionEvaluation(new ArticleExtractor());
		List<String> drops = new ArrayList<>();
		for (Map.Entry<String, JsonNode> set : baseline.path("sets").properties()) {
			Path dir = sets.resolve(set.getKey());
			Assumptions.assumeTrue(Files.isDirectory(dir), "no evaluation set " + dir);
			ExtractionEvaluation.Result result = evaluation.evaluate(dir);
			System.out.print(EvalExtractionCommand.table(result));
			for (Map.Entry<String, JsonNode> pinned : set.getValue().properties()) {
				String[] metric = pinned.getKey().split("\\.");
				Score score = result.scores().get(metric[0]);
				double value = switch (metric[1]) {
					case "f1" -> score.f1();
					case "precision" -> score.precision();
					case "recall" -> score.recall();
					default -> score.accuracy();
				};
				if (value < pinned.getValue().asDouble() - TOLERANCE) {
					drops.add(String.format("%s %s: %.4f < baseline %.4f", set.getKey(), pinned.getKey(), value,
							pinned.getValue().asDouble()));
				}
			}
		}
		assertThat(drops).as("scores below the pinned baseline (tolerance %s)", TOLERANCE).isEmpty();
	}

	/** The folder holding {@code mvnw}, from the module's working directory upwards. */
	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		return (dir != null) ? dir : Path.of("").toAbsolutePath();
	}

}
