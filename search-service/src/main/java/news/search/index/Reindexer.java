package news.search.index;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Level;
import co.elastic.clients.elasticsearch.indices.IndicesBlockOptions;
import co.elastic.clients.elasticsearch.indices.stats.ShardSequenceNumber;
import co.elastic.clients.elasticsearch.indices.stats.ShardStats;

import org.springframework.stereotype.Service;

/**
 * Builds a new index from the current definition and moves the articles alias to it without downtime. The alias
 * always names exactly one index, so searches and reads by id answer throughout and never see an article twice:
 * <ol>
 * <li>create the target index (not yet behind the alias);</li>
 * <li>copy every article of the source while the live pipeline goes on writing to it, then copy again what it
 * wrote meanwhile (documents with a higher sequence number than the source's checkpoint at the start of the
 * previous pass), until such a pass is small;</li>
 * <li>swap: one {@code _aliases} request removes the source and adds the target as write index;</li>
 * <li>block writes on the source (Elasticsearch waits for writes in flight; one that arrives later fails and the
 * pipeline's retry writes it through the alias, to the target), then copy what was written since the last pass.</li>
 * </ol>
 * Every copy goes through {@link ArticleWriter}, so a live write to the target is never overwritten by an older
 * copy of the article. Between the swap and the end of the last, small pass, articles written in the last moments
 * before the swap may be missing from searches or shown in their previous revision. The pipeline never deletes
 * articles; a delete made by hand in the source during the copy would not be carried over.
 */
@Service
public class Reindexer {

	/** Catch-up passes before the swap stop once one reads no more than this many changed articles. */
	static final int SMALL_PASS = 100;

	/** ... or after this many passes, when the pipeline writes as fast as the copy reads. */
	static final int MAX_PASSES = 5;

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
		.withZone(ZoneOffset.UTC);

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	private final IndexCopier copier;

	private final Clock clock = Clock.systemUTC();

	Reindexer(ElasticsearchClient client, IndexProperties properties, IndexCopier copier) {
		this.client = client;
		this.properties = properties;
		this.copier = copier;
	}

	public Result reindex(Options options, Progress progress) throws IOException {
		String alias = this.properties.articlesAlias();
		String source = currentIndex(alias);
		String target = options.target() != null ? options.target() : nextName();
		create(target);
		long copied = 0;
		int passes = 0;
		long checkpoint = -1;
		try {
			IndexCopier.Copied pass;
			do {
				long start = checkpoint(source);
				progress.pass(++passes, passes == 1 ? "all articles" : "articles written during the previous pass");
				pass = this.copier.copy(source, target, checkpoint, options.pageSize(), progress);
				copied += pass.written();
				checkpoint = start;
			}
			while ((passes == 1 || pass.read() > SMALL_PASS) && passes < MAX_PASSES);
		}
		catch (IOException | RuntimeException ex) {
			this.client.indices().delete(d -> d.index(target));
			throw new IllegalStateException("copy to " + target + " failed, the alias stays on " + source
					+ " and " + target + " was deleted: " + ex.getMessage(), ex);
		}
		// Copies become searchable at the target's next refresh: without this one, searches right after the swap
		// would miss the articles of the last second of copying.
		this.client.indices().refresh(r -> r.index(target));
		this.client.indices().updateAliases(u -> u.actions(a -> a.remove(r -> r.index(source).alias(alias)))
			.actions(a -> a.add(r -> r.index(target).alias(alias).isWriteIndex(true))));
		progress.swapped(source, target);
		this.client.indices().addBlock(b -> b.index(source).block(IndicesBlockOptions.Write));
		progress.pass(++passes, "articles written to " + source + " before the swap");
		copied += this.copier.copy(source, target, checkpoint, options.pageSize(), progress).written();
		if (options.deleteOld()) {
			this.client.indices().delete(d -> d.index(source));
		}
		return new Result(source, target, copied, passes, options.deleteOld());
	}

	private String currentIndex(String alias) throws IOException {
		Set<String> indices;
		try {
			indices = this.client.indices().getAlias(a -> a.name(alias)).aliases().keySet();
		}
		catch (ElasticsearchException ex) {
			throw new IllegalStateException("alias " + alias + " not found: search-service creates it when it starts",
					ex);
		}
		if (indices.size() != 1) {
			throw new IllegalStateException("alias " + alias + " names " + indices + "; it must name one index");
		}
		return indices.iterator().next();
	}

	/** The configured version's name while it is free, then that name with the time: news-articles-v4-20261125170000. */
	private String nextName() throws IOException {
		String version = this.properties.articlesIndex();
		boolean taken = this.client.indices().exists(e -> e.index(version)).value();
		return taken ? version + "-" + SUFFIX.format(this.clock.instant()) : version;
	}

	private void create(String target) throws IOException {
		String definition = IndexInitializer.definition(this.properties.articlesIndex()).toString();
		try {
			this.client.indices().create(c -> c.index(target).withJson(new StringReader(definition)));
		}
		catch (ElasticsearchException ex) {
			throw new IllegalStateException("cannot create " + target + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The lowest local checkpoint over the source's shard copies: every write up to it is processed, so the copy
	 * that starts now (after a refresh) sees it, and the next pass need only read what comes after.
	 */
	private long checkpoint(String index) throws IOException {
		return this.client.indices()
			.stats(s -> s.index(index).level(Level.Shards))
			.indices()
			.get(index)
			.shards()
			.values()
			.stream()
			.flatMap(List::stream)
			.map(ShardStats::seqNo)
			.mapToLong(ShardSequenceNumber::localCheckpoint)
			.min()
			.orElse(-1);
	}

	/**
	 * @param target the new index; null names it after the configured version (see {@link #nextName})
	 * @param deleteOld delete the source index once the alias has moved
	 * @param pageSize articles read and written per request
	 */
	public record Options(String target, boolean deleteOld, int pageSize) {
	}

	/** @param copied articles written to the target (the rest were there in the same or a newer revision) */
	public record Result(String source, String target, long copied, int passes, boolean deletedSource) {
	}

	/** What the copy is doing, for the operator watching it. */
	public interface Progress {

		void pass(int number, String what);

		void copied(long read, long total);

		void swapped(String source, String target);
	}
}
