package news.search.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import news.events.ArticleStatusChanged;
import news.events.ArticleStatusChanged.Stage;
import news.search.index.IndexProperties;

import org.springframework.stereotype.Component;

/**
 * One Elasticsearch document per article with a field per stage. Each event is a partial update of its own
 * stage's field, so events applied in any order, or twice, give the same document.
 */
@Component
public class ArticleStatusStore {

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	ArticleStatusStore(ElasticsearchClient client, IndexProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	/**
	 * Records the events with one bulk request of partial updates (per event, one request was the second cost of
	 * the search service under load); updates of one article apply in order, on its shard.
	 *
	 * @return the position of the first event Elasticsearch refused, or -1 when it took them all
	 */
	public int recordAll(List<ArticleStatusChanged> events) {
		if (events.isEmpty()) {
			return -1;
		}
		BulkRequest.Builder request = new BulkRequest.Builder();
		for (ArticleStatusChanged event : events) {
			request.operations(op -> op.update(u -> u.index(this.properties.statusIndex())
				.id(event.id())
				.action(a -> a.doc(partial(event)).docAsUpsert(true))));
		}
		try {
			List<BulkResponseItem> items = this.client.bulk(request.build()).items();
			for (int i = 0; i < items.size(); i++) {
				if (items.get(i).error() != null) {
					return i;
				}
			}
			return -1;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable while recording " + events.size() + " statuses", ex);
		}
	}

	private static Map<String, Object> partial(ArticleStatusChanged event) {
		Map<String, Object> stage = new LinkedHashMap<>();
		stage.put("outcome", event.outcome().name());
		stage.put("reason", event.reason());
		stage.put("at", event.at().toString());
		stage.put("traceId", event.traceId());
		return Map.of("id", event.id(), "url", event.url(), "stages", Map.of(event.stage().name(), stage));
	}

	@SuppressWarnings("unchecked")
	public Optional<ArticleStatus> find(String id) {
		GetResponse<Map> response;
		try {
			response = this.client.get(g -> g.index(this.properties.statusIndex()).id(id), Map.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Elasticsearch unreachable while reading status of " + id, ex);
		}
		if (!response.found() || response.source() == null) {
			return Optional.empty();
		}
		Map<String, Object> source = response.source();
		Map<String, Map<String, Object>> stages = (Map<String, Map<String, Object>>) source.getOrDefault("stages",
				Map.of());
		List<ArticleStatus.StageOutcome> reached = Arrays.stream(Stage.values())
			.filter(stage -> stages.containsKey(stage.name()))
			.map(stage -> {
				Map<String, Object> s = stages.get(stage.name());
				return new ArticleStatus.StageOutcome(stage, ArticleStatusChanged.Outcome.valueOf((String) s.get("outcome")),
						(String) s.get("reason"), Objects.toString(s.get("at"), null), (String) s.get("traceId"));
			})
			.toList();
		return Optional.of(ArticleStatus.of(id, (String) source.get("url"), reached));
	}
}
