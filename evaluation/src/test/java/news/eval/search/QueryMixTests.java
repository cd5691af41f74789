package news.eval.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryMixTests {

	@Test
	void theMixIsDeterministicAndHasEveryKindInRoughlyItsShare() throws Exception {
		Vocabulary vocabulary = Vocabulary.load(Path.of(QueryMixTests.class.getResource("/enrich-gold").toURI()));
		QueryMix mix = new QueryMix(vocabulary, 3);
		assertThat(new QueryMix(vocabulary, 3).query(77)).isEqualTo(mix.query(77));
		Map<String, Long> kinds = IntStream.range(0, 2_000)
			.mapToObj(mix::query)
			.collect(Collectors.groupingBy(QueryMix.BenchQuery::kind, Collectors.counting()));
		assertThat(kinds).containsOnlyKeys(QueryMix.KINDS);
		assertThat(kinds.get("text+country")).isBetween(400L, 600L);
		assertThat(kinds.get("figure+country")).isBetween(220L, 380L);
		var figure = IntStream.range(0, 100).mapToObj(mix::query).filter(q -> q.kind().equals("figure+country"))
			.findFirst().orElseThrow().query().filters();
		assertThat(figure.figures().minValue()).isEqualTo(1e9);
		assertThat(figure.countries()).hasSize(1);
		assertThat(IntStream.range(0, 100).mapToObj(mix::query).map(q -> q.query().filters().text())
			.filter(t -> t != null).collect(Collectors.toMap(Function.identity(), t -> 1, Integer::sum)).size())
			.isGreaterThan(50);
	}
}
