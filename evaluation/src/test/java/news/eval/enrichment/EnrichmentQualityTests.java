package news.eval.enrichment;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.enrich.tag.ArticleTagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Quality floor: the taggers' F1 per type on the project's own gold documents (always in the repository) and on
 * the shared dev set (when {@code ../shared/eval/enrich/dev} exists next to the repository) may not drop more
 * than {@value #SLACK} below the levels pinned in {@code enrichment/quality-baseline.properties}. Raise the
 * pins when the taggers improve.
 */
class EnrichmentQualityTests {

	private static final double SLACK = 0.005;

	private static final ArticleTagger TAGGER = new ArticleTagger();

	private static Properties baseline;

	@BeforeAll
	static void loadBaseline() throws Exception {
		baseline = new Properties();
		try (InputStream in = EnrichmentQualityTests.class
			.getResourceAsStream("/enrichment/quality-baseline.properties")) {
			baseline.load(in);
		}
	}

	@Test
	void ownGoldSetKeepsItsLevel() throws Exception {
		assertFloor("own", score(resource("/enrich-gold")));
	}

	@Test
	void holdOutGoldSetKeepsItsLevel() throws Exception {
		assertFloor("holdout", score(resource("/enrichment/gold-holdout")));
	}

	@Test
	void sharedDevSetKeepsItsLevel() throws Exception {
		Path dev = Path.of("").toAbsolutePath().getParent().resolve("../shared/eval/enrich/dev").normalize();
		assumeTrue(Files.isDirectory(dev), "no shared dev set at " + dev);
		assertFloor("dev", score(dev));
	}

	private static Path resource(String name) throws URISyntaxException {
		return Path.of(EnrichmentQualityTests.class.getResource(name).toURI());
	}

	private static GoldScorer score(Path dir) throws Exception {
		GoldScorer scorer = new GoldScorer();
		for (Map<String, Object> doc : EvalEnrichCommand.readGold(dir)) {
			scorer.add(doc, Predictions.of(TAGGER.tag(null, String.valueOf(doc.get("text")))), null);
		}
		return scorer;
	}

	private static void assertFloor(String set, GoldScorer scorer) {
		List<String> drops = new ArrayList<>();
		scorer.totals().forEach((type, counts) -> {
			String key = set + "." + type.replace(' ', '-');
			String pinned = baseline.getProperty(key);
			assertThat(pinned).as("baseline " + key).isNotNull();
			if (counts.f1() < Double.parseDouble(pinned) - SLACK) {
				drops.add(key + ": F1 " + Counts.fixed3(counts.f1()) + " < pinned " + pinned + " (" + counts + ")");
			}
		});
		assertThat(drops).as("F1 below the pinned levels").isEmpty();
	}

}
