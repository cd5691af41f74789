package news.search.status;

import java.util.List;

import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;

/**
 * What became of an article.
 *
 * @param status the furthest stage reached (SUBMITTED … INDEXED), or FAILED / EMPTY when a stage ended it
 * @param reason why it ended, for FAILED and EMPTY
 * @param traceId the trace of the latest stage: where to look in traces and logs
 * @param stages every stage reached, in pipeline order
 */
public record ArticleStatus(String id, String url, String status, String reason, String traceId,
		List<StageOutcome> stages) {

	static ArticleStatus of(String id, String url, List<StageOutcome> stages) {
		String traceId = stages.isEmpty() ? null : stages.get(stages.size() - 1).traceId();
		return stages.stream()
			.filter(stage -> stage.outcome() != Outcome.OK)
			.findFirst()
			.map(stopped -> new ArticleStatus(id, url, stopped.outcome().name(), stopped.reason(), traceId, stages))
			.orElseGet(() -> new ArticleStatus(id, url,
					stages.isEmpty() ? "UNKNOWN" : stages.get(stages.size() - 1).stage().name(), null, traceId,
					stages));
	}

	public record StageOutcome(Stage stage, Outcome outcome, String reason, String at, String traceId) {
	}
}
