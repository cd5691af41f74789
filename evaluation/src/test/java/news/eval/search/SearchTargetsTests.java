package news.eval.search;

import java.time.Instant;
import java.util.List;

import news.search.query.ArticleFilters;
import news.search.query.FigureFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTargetsTests {

	@Test
	void filtersBecomeTheApisParameters() {
		ArticleFilters filters = new ArticleFilters("\"rail crossing\" Türkiye", List.of("KZ", "CN"),
				ArticleFilters.Mode.ALL, List.of("Marat Karabayev"), List.of("Astana Times"), List.of("en"),
				Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z"),
				new FigureFilter("USD", null, 1e9, null));
		assertThat(SearchTargets.parameters(filters)).isEqualTo("q=%22rail%20crossing%22%20T%C3%BCrkiye&country=KZ"
				+ "&country=CN&countryMode=all&person=Marat%20Karabayev&site=Astana%20Times&language=en"
				+ "&from=2024-01-01T00%3A00%3A00Z&to=2024-04-01T00%3A00%3A00Z&unit=USD&minValue=1.0E9");
	}
}
