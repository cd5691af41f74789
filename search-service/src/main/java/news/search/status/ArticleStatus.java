package news.search.status;

import java.util.List;

import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;

/**
 * What became of an article.
 *
 * @param status the furthest stage reached (SUBMITTED … INDEXED), or FAILED / EMPTY when a stage ended it
 * @param reason why it ended, for FAILED and EMPTY
 * @param stages every stage reached, in pipeline order
 */
public record ArticleStatus(String id, String url, String status, String reason, List<StageOutcome> stages) {

	static ArticleStatus of(String id, String url, List<StageOutcome> stages) {
		return stages.stream()
			.filter(stage -> stage.outcome() != Outcome.OK)
			.findFirst()
			.map(stopped -> new ArticleStatus(id, url, stopped.outcome().name(), stopped.reason(), stages))
			.orElseGet(() -> new ArticleStatus(id, url,
					stages.isEmpty() ? "UNKNOWN" : stages.get(stages.size() - 1).stage().name(), null, stages));
	}

	public record StageOutcome(Stage stage, Outcome outcome, String reason, String at) {
	}
}
