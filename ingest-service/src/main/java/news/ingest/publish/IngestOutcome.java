package news.ingest.publish;

import news.events.Article;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;

/**
 * Where one submission ended: the last stage it reached, that stage's outcome and reason, and the article when
 * extraction found one.
 *
 * @param stage {@link Stage#FETCHED} when the fetch failed, else {@link Stage#EXTRACTED}
 * @param article present only when {@code outcome} is {@link Outcome#OK}
 */
public record IngestOutcome(Stage stage, Outcome outcome, String reason, Article article) {

	static IngestOutcome fetchFailed(String reason) {
		return new IngestOutcome(Stage.FETCHED, Outcome.FAILED, reason, null);
	}

	static IngestOutcome extracted(Outcome outcome, String reason) {
		return new IngestOutcome(Stage.EXTRACTED, outcome, reason, null);
	}

	static IngestOutcome article(Article article) {
		return new IngestOutcome(Stage.EXTRACTED, Outcome.OK, null, article);
	}
}
