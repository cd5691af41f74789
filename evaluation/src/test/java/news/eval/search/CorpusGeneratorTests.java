package news.eval.search;

import java.nio.file.Path;
import java.util.stream.IntStream;

import news.events.ArticleEnriched;
import news.events.Figure;
import news.search.index.ArticleDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTests {

	static Vocabulary vocabulary;

	@BeforeAll
	static void load() throws Exception {
		vocabulary = Vocabulary.load(Path.of(CorpusGeneratorTests.class.getResource("/enrich-gold").toURI()));
	}

	@Test
	void anArticleDependsOnlyOnTheSeedAndItsNumber() {
		CorpusGenerator one = new CorpusGenerator(vocabulary, 7, "m");
		CorpusGenerator again = new CorpusGenerator(vocabulary, 7, "m");
		assertThat(again.article(12_345)).isEqualTo(one.article(12_345));
		assertThat(new CorpusGenerator(vocabulary, 8, "m").article(12_345).article().body())
			.isNotEqualTo(one.article(12_345).article().body());
		assertThat(one.article(1).article().id()).isNotEqualTo(one.article(2).article().id());
	}

	@Test
	void articlesLookLikeNewsAndNameTheirTags() {
		CorpusGenerator generator = new CorpusGenerator(vocabulary, 1, "bench");
		var articles = IntStream.range(0, 500).mapToObj(generator::article).toList();
		double meanBody = articles.stream().mapToInt(a -> a.article().body().length()).average().orElseThrow();
		assertThat(meanBody).isBetween(1_500.0, 4_000.0);
		for (ArticleEnriched a : articles) {
			assertThat(a.enrichmentVersion()).isEqualTo("bench");
			assertThat(a.article().publishedAt()).isAfterOrEqualTo(CorpusGenerator.START);
			a.countries().forEach(c -> assertThat(a.article().body()).contains(c.name()));
			a.people().forEach(p -> assertThat(a.article().body()).contains(p.name()));
			for (Figure f : a.figures()) {
				assertThat(f.sentence()).contains(f.text());
				assertThat(a.article().body()).contains(f.sentence());
			}
			assertThat(ArticleDocument.of(a, null).countries()).hasSize(a.countries().size());
		}
		assertThat(articles.stream().map(a -> a.article().language()).distinct().count()).isGreaterThan(3);
		assertThat(articles.stream().map(a -> a.article().siteName()).distinct().count()).isGreaterThan(50);
		assertThat(articles.stream().flatMap(a -> a.figures().stream()).map(Figure::kind).distinct())
			.containsExactlyInAnyOrder(Figure.Kind.values());
	}

	@Test
	void wordsFollowZipfsLaw() {
		// The most frequent word of the text is far more frequent than the tenth, as in English.
		CorpusGenerator generator = new CorpusGenerator(vocabulary, 1, "bench");
		var counts = IntStream.range(0, 200)
			.mapToObj(n -> generator.article(n).article().body().split("[\\s.]+"))
			.flatMap(java.util.Arrays::stream)
			.collect(java.util.stream.Collectors.groupingBy(w -> w, java.util.stream.Collectors.counting()));
		var ranked = counts.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
		assertThat((double) ranked.get(0) / ranked.get(9)).isBetween(4.0, 20.0);
	}
}
