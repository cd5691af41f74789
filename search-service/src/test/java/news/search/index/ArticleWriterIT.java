package news.search.index;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import news.events.Article;
import news.events.ArticleEnriched;
import news.events.ArticleId;
import news.events.EventFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes of one article in any order leave its newest revision, one by one and in bulk, on the real Elasticsearch. */
@SpringBootTest
class ArticleWriterIT {

	@Autowired
	ArticleWriter writer;

	@Autowired
	ElasticsearchClient client;

	private final String index = "test-writer-" + UUID.randomUUID();

	@BeforeEach
	void create() throws Exception {
		String definition = IndexInitializer.definition("news-articles-v4").toString();
		this.client.indices().create(c -> c.index(this.index).withJson(new StringReader(definition)));
	}

	@AfterEach
	void delete() throws Exception {
		this.client.indices().delete(d -> d.index(this.index));
	}

	@Test
	void anOlderEnrichmentVersionArrivingLastDoesNotReplaceANewerOne() throws Exception {
		String url = url();
		ArticleDocument replayed = document(url, "2026.12.1", EventFixtures.FETCHED_AT);
		ArticleDocument live = document(url, "2026.11.1", EventFixtures.FETCHED_AT.plusSeconds(60));

		assertThat(this.writer.write(this.index, replayed)).isTrue();
		assertThat(this.writer.write(this.index, live)).isFalse();

		assertThat(stored(replayed.id()).enrichmentVersion()).isEqualTo("2026.12.1");
	}

	@Test
	void anOlderFetchOfTheSameVersionDoesNotReplaceALaterOne() throws Exception {
		String url = url();
		ArticleDocument later = document(url, "2026.11.1", EventFixtures.FETCHED_AT.plusSeconds(60));
		this.writer.write(this.index, later);
		assertThat(this.writer.write(this.index, document(url, "2026.11.1", EventFixtures.FETCHED_AT))).isFalse();
		assertThat(stored(later.id()).fetchedAt()).isEqualTo(later.fetchedAt());
	}

	@Test
	void bulkWritesKeepNewerDocumentsAndAddTheRest() throws Exception {
		String kept = url();
		String upgraded = url();
		this.writer.write(this.index, document(kept, "2026.12.1", EventFixtures.FETCHED_AT));
		this.writer.write(this.index, document(upgraded, "2026.11.1", EventFixtures.FETCHED_AT));
		ArticleDocument fresh = document(url(), "2026.11.1", EventFixtures.FETCHED_AT);

		List<ArticleDocument> written = this.writer.writeAll(this.index,
				List.of(document(kept, "2026.11.1", EventFixtures.FETCHED_AT), fresh,
						document(upgraded, "2026.12.1", EventFixtures.FETCHED_AT)));

		assertThat(written).extracting(ArticleDocument::id).containsExactly(fresh.id(), ArticleId.of(upgraded));
		assertThat(stored(ArticleId.of(kept)).enrichmentVersion()).isEqualTo("2026.12.1");
		assertThat(stored(fresh.id())).isNotNull();
		assertThat(stored(ArticleId.of(upgraded)).enrichmentVersion()).isEqualTo("2026.12.1");
	}

	@Test
	void bulkWithTwoRevisionsOfOneArticleKeepsTheNewerWhateverTheOrder() throws Exception {
		String url = url();
		ArticleDocument newer = document(url, "2026.12.1", EventFixtures.FETCHED_AT);

		List<ArticleDocument> written = this.writer.writeAll(this.index,
				List.of(newer, document(url, "2026.11.1", EventFixtures.FETCHED_AT)));

		assertThat(written).containsExactly(newer);
		assertThat(stored(newer.id()).enrichmentVersion()).isEqualTo("2026.12.1");
	}

	private ArticleDocument stored(String id) throws Exception {
		return this.client.get(g -> g.index(this.index).id(id), ArticleDocument.class).source();
	}

	private static String url() {
		return "https://news.example/" + UUID.randomUUID();
	}

	/** The fixture article at this URL, fetched at that time and enriched by that version. */
	private static ArticleDocument document(String url, String version, Instant fetchedAt) {
		ArticleEnriched fixture = EventFixtures.enriched(url);
		Article a = fixture.article();
		Article fetched = new Article(a.id(), a.url(), a.canonicalUrl(), a.siteName(), a.title(), a.authors(),
				a.publishedAt(), a.language(), a.body(), fetchedAt);
		return ArticleDocument.of(new ArticleEnriched(version, Instant.now(), fetched, fixture.countries(),
				fixture.people(), fixture.figures()), Instant.now());
	}
}
