package news.search.api;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import news.events.Figure;
import news.search.query.ArticleFilters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterParamsTest {

	@Test
	void valuesAreNormalisedAndFiguresRead() {
		ArticleFilters filters = new FilterParams("trade", List.of(" kz", "TR", "kz"), "all", null, List.of("Daily Sabah"),
				List.of("EN"), "2025-07-01", "2025-07-29T13:00:00Z", "USD", "money", "1e9", null).toFilters();
		assertThat(filters.countries()).containsExactly("KZ", "TR");
		assertThat(filters.countryMode()).isEqualTo(ArticleFilters.Mode.ALL);
		assertThat(filters.languages()).containsExactly("en");
		assertThat(filters.from()).isEqualTo(Instant.parse("2025-07-01T00:00:00Z"));
		assertThat(filters.figures().kind()).isEqualTo(Figure.Kind.MONEY);
		assertThat(filters.figures().minValue()).isEqualTo(1e9);
		assertThat(filters.figures().maxValue()).isNull();
	}

	@Test
	void readFromTheQueryStringCodesCommaSeparatedNamesNot() {
		Map<String, String[]> query = Map.of("q", new String[] { "trade" }, "country", new String[] { "tr,KZ", "fr" },
				"site", new String[] { "Reuters, London" }, "person", new String[] { "A", "B" }, "minValue",
				new String[] { "1e9", "5" });
		ArticleFilters filters = FilterParams.of(query::get).toFilters();
		assertThat(filters.text()).isEqualTo("trade");
		assertThat(filters.countries()).containsExactly("TR", "KZ", "FR");
		assertThat(filters.sites()).containsExactly("Reuters, London");
		assertThat(filters.people()).containsExactly("A", "B");
		assertThat(filters.figures().minValue()).isEqualTo(1e9);
		assertThat(filters.languages()).isEmpty();
	}

	@Test
	void nothingGivenMeansNoFilter() {
		ArticleFilters filters = params(null, null, null, null, null).toFilters();
		assertThat(filters.countryMode()).isEqualTo(ArticleFilters.Mode.ANY);
		assertThat(filters.figures().isEmpty()).isTrue();
	}

	@Test
	void refusalsNameTheParameter() {
		assertRefused(params("sometimes", null, null, null, null), "countryMode");
		assertRefused(params(null, "gold", null, null, null), "kind");
		assertRefused(params(null, null, "NaN", null, null), "minValue");
		assertRefused(params(null, null, "10", "1", null), "minValue must not be greater");
		assertRefused(params(null, null, null, null, "July"), "from");
		assertRefused(new FilterParams(null, Collections.nCopies(21, "KZ").stream().map(c -> c + Math.random()).toList(),
				null, null, null, null, null, null, null, null, null, null), "country");
	}

	private static FilterParams params(String countryMode, String kind, String min, String max, String from) {
		return new FilterParams(null, null, countryMode, null, null, null, from, null, null, kind, min, max);
	}

	private static void assertRefused(FilterParams params, String detail) {
		assertThatThrownBy(params::toFilters).isInstanceOf(BadRequestException.class)
			.satisfies(ex -> assertThat(((BadRequestException) ex).getBody().getDetail()).contains(detail));
	}
}
