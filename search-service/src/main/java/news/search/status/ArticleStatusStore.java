package news.search.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import news.events.ArticleStatusChanged;
import news.events.ArticleStatusChanged.Stage;
import news.search.index.ElasticsearchWrite;
import news.search.index.IndexProperties;

import org.springframework.stereotype.Component;

/**
 * One Elasticsearch document per article with a field per stage. Each event is a partial update of its own
 * stage's field, so events applied in any order, or twice, give the same document.
 */
@Component
public class ArticleStatusStore {

	private static final int RETRIES_ON_CONFLICT = 5;

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	ArticleStatusStore(ElasticsearchClient client, IndexProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	public void record(ArticleStatusChanged event) {
		recordAll(List.of(event));
	}

	/**
	 * One bulk request with one partial update per article: the stages an article reached within the batch (ingest
	 * reports three almost at once) are merged first, a later event of a stage replacing an earlier one as it
	 * would in event order. Each update is a read and a rewrite of the status document in Elasticsearch, so
	 * merging saves most of that work under load.
	 */
	public void recordAll(List<ArticleStatusChanged> events) {
		Map<String, List<ArticleStatusChanged>> byArticle = new LinkedHashMap<>();
		events.forEach(event -> byArticle.computeIfAbsent(event.id(), id -> new ArrayList<>()).add(event));
		List<BulkOperation> updates = byArticle.values().stream().map(this::update).toList();
		BulkResponse response = ElasticsearchWrite.run("recording " + events.size() + " status events",
				() -> this.client.bulk(b -> b.operations(updates)));
		if (response.errors()) {
			BulkResponseItem failed = response.items().stream().filter((item) -> item.error() != null).findFirst()
				.orElseThrow();
			throw ElasticsearchWrite.failure("the status of " + failed.id(), failed);
		}
	}

	/** @param events of one article, in order */
	private BulkOperation update(List<ArticleStatusChanged> events) {
		Map<String, Object> stages = new LinkedHashMap<>();
		for (ArticleStatusChanged event : events) {
			Map<String, Object> stage = new LinkedHashMap<>();
			stage.put("outcome", event.outcome().name());
			stage.put("reason", event.reason());
			stage.put("at", event.at().toString());
			stage.put("traceId", event.traceId());
			stages.put(event.stage().name(), stage);
		}
		ArticleStatusChanged last = events.get(events.size() - 1);
		Map<String, Object> partial = Map.of("id", last.id(), "url", last.url(), "stages", stages);
		// Two stages of one article may be recorded at once by two batches: retry the loser of that race.
		return BulkOperation.of(o -> o.update(u -> u.index(this.properties.statusIndex())
			.id(last.id())
			.retryOnConflict(RETRIES_ON_CONFLICT)
			.action(a -> a.doc(partial).docAsUpsert(true))));
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
