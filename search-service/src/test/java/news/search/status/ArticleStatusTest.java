package news.search.status;

import java.util.List;

import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.search.status.ArticleStatus.StageOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleStatusTest {

	@Test
	void statusIsTheFurthestStageWhenAllSucceeded() {
		ArticleStatus status = ArticleStatus.of("id", "url", List.of(ok(Stage.SUBMITTED), ok(Stage.FETCHED),
				ok(Stage.EXTRACTED), ok(Stage.ENRICHED), ok(Stage.INDEXED)));
		assertThat(status.status()).isEqualTo("INDEXED");
		assertThat(status.reason()).isNull();
		assertThat(status.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void statusIsTheFailureAndItsReasonWhenAStageFailed() {
		ArticleStatus status = ArticleStatus.of("id", "url",
				List.of(ok(Stage.SUBMITTED), new StageOutcome(Stage.FETCHED, Outcome.FAILED, "HTTP 404", null, null)));
		assertThat(status.status()).isEqualTo("FAILED");
		assertThat(status.reason()).isEqualTo("HTTP 404");
	}

	@Test
	void emptyPageIsItsOwnStatus() {
		ArticleStatus status = ArticleStatus.of("id", "url", List.of(ok(Stage.SUBMITTED), ok(Stage.FETCHED),
				new StageOutcome(Stage.EXTRACTED, Outcome.EMPTY, "no article text", null, null)));
		assertThat(status.status()).isEqualTo("EMPTY");
	}

	private static StageOutcome ok(Stage stage) {
		return new StageOutcome(stage, Outcome.OK, null, null, "4bf92f3577b34da6a3ce929d0e0e4736");
	}
}
