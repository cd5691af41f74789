package news.search.index;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleRevisionTest {

	private static final Instant EARLY = Instant.parse("2025-07-29T14:00:00Z");

	private static final Instant LATE = EARLY.plusSeconds(60);

	@Test
	void higherEnrichmentVersionWinsWhateverTheFetch() {
		assertThat(new ArticleRevision("2026.12.1", EARLY).replaces(new ArticleRevision("2026.11.1", LATE))).isTrue();
		assertThat(new ArticleRevision("2026.11.1", LATE).replaces(new ArticleRevision("2026.12.1", EARLY))).isFalse();
	}

	@Test
	void versionsCompareNumericallyPartByPart() {
		assertThat(ArticleRevision.compareVersions("2026.11.10", "2026.11.9")).isPositive();
		assertThat(ArticleRevision.compareVersions("2026.11", "2026.11.1")).isNegative();
		assertThat(ArticleRevision.compareVersions("2026.11.1", "2026.11.1")).isZero();
		assertThat(ArticleRevision.compareVersions("test-2", "test-1")).isPositive();
	}

	@Test
	void forOneVersionTheLaterFetchWinsAndTheSameRevisionReplaces() {
		assertThat(new ArticleRevision("2026.11.1", LATE).replaces(new ArticleRevision("2026.11.1", EARLY))).isTrue();
		assertThat(new ArticleRevision("2026.11.1", EARLY).replaces(new ArticleRevision("2026.11.1", LATE))).isFalse();
		assertThat(new ArticleRevision("2026.11.1", EARLY).replaces(new ArticleRevision("2026.11.1", EARLY))).isTrue();
	}

	@Test
	void anyRevisionReplacesNothingOrAnUnversionedDocument() {
		assertThat(new ArticleRevision("2026.11.1", EARLY).replaces(null)).isTrue();
		assertThat(new ArticleRevision("2026.11.1", EARLY).replaces(new ArticleRevision(null, LATE))).isTrue();
	}
}
