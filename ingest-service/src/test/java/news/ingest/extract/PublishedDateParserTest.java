package news.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDateParserTest {

	private static final Instant FETCHED_AT = Instant.parse("2025-07-30T08:00:00Z");

	private final PublishedDateParser parser = new PublishedDateParser();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2025-07-29T16:16:00+03:00       | 2025-07-29T13:16:00Z
			2025-07-29T16:16:00.123+0300    | 2025-07-29T13:16:00Z
			2025-07-29T13:16:00Z            | 2025-07-29T13:16:00Z
			2025-07-29 13:16:00             | 2025-07-29T13:16:00Z
			2025-07-29T13:16                | 2025-07-29T13:16:00Z
			2025-07-29                      | 2025-07-29T00:00:00Z
			2025/07/29                      | 2025-07-29T00:00:00Z
			'Tue, 29 Jul 2025 13:16:00 GMT' | 2025-07-29T13:16:00Z
			'July 29, 2025'                 | 2025-07-29T00:00:00Z
			'Published Jul. 29th, 2025'     | 2025-07-29T00:00:00Z
			29 July 2025                    | 2025-07-29T00:00:00Z
			29.07.2025                      | 2025-07-29T00:00:00Z
			1753795000                      | 2025-07-29T13:16:40Z
			""")
	void parsesCommonFormats(String raw, String expected) {
		assertThat(this.parser.parse(raw, FETCHED_AT).map(OffsetDateTime::toInstant)).contains(Instant.parse(expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2025-07-29T00:30:00+02:00       | 2025-07-29
			2025-07-28T23:30:00-05:00       | 2025-07-28
			'Tue, 29 Jul 2025 01:16:00 +0200' | 2025-07-29
			'29. Juli 2025'                 | 2025-07-29
			'3. März 2025, 14:05 Uhr'       | 2025-03-03
			'29 juillet 2025'               | 2025-07-29
			'3 de mayo de 2025'             | 2025-05-03
			'Posted on 12 ottobre 2024 by x' | 2024-10-12
			'2025年7月29日'                  | 2025-07-29
			'15 августа 2024, 13:43'        | 2024-08-15
			'15 серпня 2024'                | 2024-08-15
			'الأربعاء، 07 أكتوبر 2024 - 12:09 م' | 2024-10-07
			'29/07/2025'                    | 2025-07-29
			'07/29/2025'                    | 2025-07-29
			'07/07/2025'                    | 2025-07-07
			'26 | 07 | 2025'                | 2025-07-26
			20250729                        | 2025-07-29
			'Tue Jul 29 23:35:14 CEST 2025'  | 2025-07-29
			""")
	void keepsThePagesOwnDayAndReadsWrittenDatesInSeveralLanguages(String raw, String day) {
		assertThat(this.parser.parse(raw, FETCHED_AT).map(OffsetDateTime::toLocalDate)).contains(LocalDate.parse(day));
	}

	@ParameterizedTest
	@ValueSource(strings = { "05/07/2025", "3 out of 2025 cases" })
	void ambiguousOrNonDatesAreNotRead(String raw) {
		assertThat(this.parser.parse(raw, FETCHED_AT)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			DAY_FIRST   | 2025-07-05
			MONTH_FIRST | 2025-05-07
			""")
	void theDayOrderOfThePageDecidesAmbiguousSlashedDates(DayOrder order, String day) {
		assertThat(this.parser.parse("05/07/2025", FETCHED_AT, order).map(OffsetDateTime::toLocalDate))
			.contains(LocalDate.parse(day));
		assertThat(this.parser.parse("29/07/2025", FETCHED_AT, order).map(OffsetDateTime::toLocalDate))
			.contains(LocalDate.parse("2025-07-29"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-08-02T10:00:00Z", "1970-01-01", "2025-13-45", "yesterday", "" })
	void rejectsFutureImplausibleAndUnreadableDates(String raw) {
		assertThat(this.parser.parse(raw, FETCHED_AT)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2025-07-29T02:25:54Z              | UTC
			2025-07-29T02:25:54+00:00         | UTC
			'Tue, 29 Jul 2025 01:16:00 GMT'   | UTC
			1753795000                        | UTC
			2025-07-29T02:25:54-05:00         | OFFSET
			'Tue, 29 Jul 2025 01:16:00 +0200' | OFFSET
			2025-07-29 02:25:54               | LOCAL
			2025-07-29                        | DAY
			'29. Juli 2025'                   | DAY
			""")
	void tellsTimesGivenInUtcFromLocalTimesAndDays(String raw, PublishedDateParser.Clock clock) {
		assertThat(PublishedDateParser.clock(raw)).isEqualTo(clock);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-07-31T06:00:00Z", "2025-07-31" })
	void acceptsDatesWithinADayOfTheFetch(String raw) {
		assertThat(this.parser.parse(raw, FETCHED_AT)).isPresent();
	}

}
