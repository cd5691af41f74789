package news.ingest.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DayOrderTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en-GB | DAY_FIRST
			en_AU | DAY_FIRST
			de    | DAY_FIRST
			fr-CA | UNKNOWN
			en-US | MONTH_FIRST
			en    | UNKNOWN
			ja    | UNKNOWN
			''    | UNKNOWN
			""")
	void theDeclaredLanguageAndRegionTellTheDayOrder(String tag, DayOrder order) {
		assertThat(DayOrder.of(tag)).isEqualTo(order);
	}

}
