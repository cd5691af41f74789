package news.search.query;

import java.util.List;

import news.events.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleQueriesTest {

	@Test
	void allCountriesIsOneTermFilterPerCountryAndAnyIsOneTermsFilter() {
		String all = ArticleQueries.matching(filters(List.of("KZ", "TR"), ArticleFilters.Mode.ALL, FigureFilter.NONE), true)
			.toString();
		assertThat(all).contains("{\"term\":{\"countries\":{\"value\":\"KZ\"}}}", "{\"term\":{\"countries\":{\"value\":\"TR\"}}}");
		String any = ArticleQueries.matching(filters(List.of("KZ", "TR"), ArticleFilters.Mode.ANY, FigureFilter.NONE), true)
			.toString();
		assertThat(any).contains("{\"terms\":{\"countries\":[\"KZ\",\"TR\"]}}");
	}

	@Test
	void figureConditionsAreOneNestedQueryWithTheMatchingFiguresAsInnerHits() {
		FigureFilter usd = new FigureFilter("USD", Figure.Kind.MONEY, 1e9, null);
		String query = ArticleQueries.matching(filters(List.of(), null, usd), true).toString();
		assertThat(query).contains("\"nested\":{\"inner_hits\":{\"name\":\"figures\"", "\"path\":\"figures\"",
				"\"figures.unit\":{\"value\":\"USD\"}", "\"figures.kind\":{\"value\":\"MONEY\"}",
				"\"figures.value\":{\"gte\":1.0E9}");
		assertThat(ArticleQueries.matching(filters(List.of(), null, usd), false).toString()).doesNotContain("inner_hits");
	}

	@Test
	void everySortEndsWithTheIdAndTheFigureSortKeepsToTheFigureConditions() {
		FigureFilter usd = new FigureFilter("USD", null, null, null);
		for (ArticleQuery.Sort sort : ArticleQuery.Sort.values()) {
			var sorts = ArticleQueries.sort(sort, ArticleQuery.Order.DESC, usd);
			assertThat(sorts.get(sorts.size() - 1).toString()).contains("\"id\":{\"order\":\"asc\"}");
		}
		assertThat(ArticleQueries.sort(ArticleQuery.Sort.FIGURE, ArticleQuery.Order.ASC, usd).get(0).toString())
			.contains("\"mode\":\"min\"", "\"order\":\"asc\"", "\"path\":\"figures\"", "\"figures.unit\":{\"value\":\"USD\"}");
	}

	private static ArticleFilters filters(List<String> countries, ArticleFilters.Mode mode, FigureFilter figures) {
		return new ArticleFilters(null, countries, mode, null, null, null, null, null, figures);
	}
}
