package news.search.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import news.events.ArticleId;
import news.events.ArticleStatusChanged;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Status events recorded a batch at a time, merged per article, on the real Elasticsearch. */
@SpringBootTest
class ArticleStatusStoreIT {

	private static final Instant AT = Instant.parse("2026-11-26T01:00:00Z");

	@Autowired
	ArticleStatusStore store;

	@Test
	void stagesOfOneArticleInOneBatchAreMergedTheLaterEventOfAStageWinning() {
		String url = "https://news.example/" + UUID.randomUUID();
		String other = "https://news.example/" + UUID.randomUUID();
		this.store.recordAll(List.of(event(url, Stage.SUBMITTED, Outcome.OK, null, 0),
				event(other, Stage.SUBMITTED, Outcome.OK, null, 1), event(url, Stage.FETCHED, Outcome.OK, null, 2),
				event(url, Stage.FETCHED, Outcome.FAILED, "HTTP 404", 3)));
		this.store.recordAll(List.of(event(other, Stage.FETCHED, Outcome.OK, null, 4)));

		ArticleStatus status = this.store.find(ArticleId.of(url)).orElseThrow();
		assertThat(status.stages()).extracting(ArticleStatus.StageOutcome::stage)
			.containsExactly(Stage.SUBMITTED, Stage.FETCHED);
		assertThat(status.stages().get(1).outcome()).isEqualTo(Outcome.FAILED);
		assertThat(status.stages().get(1).reason()).isEqualTo("HTTP 404");
		assertThat(this.store.find(ArticleId.of(other)).orElseThrow().stages())
			.extracting(ArticleStatus.StageOutcome::stage)
			.containsExactly(Stage.SUBMITTED, Stage.FETCHED);
	}

	private static ArticleStatusChanged event(String url, Stage stage, Outcome outcome, String reason, int second) {
		return new ArticleStatusChanged(ArticleId.of(url), url, stage, outcome, reason, AT.plusSeconds(second), null);
	}
}
