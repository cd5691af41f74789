package news.ingest.extract;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The URL's day against the declared date: time zones, drafts and updates. */
class PublishedDateResolverTest {

	private static final OffsetDateTime URL_DAY = OffsetDateTime.parse("2023-11-08T00:00:00Z");

	private static boolean urlWins(String declared, boolean utcClock) {
		return PublishedDateResolver.urlWins(URL_DAY, OffsetDateTime.parse(declared), utcClock);
	}

	@Test
	void anEveningArticleGivenInUtcKeepsTheUrlsDay() {
		assertThat(urlWins("2023-11-09T03:28:35Z", true)).isTrue();
	}

	@Test
	void aUtcTimeNoLocalClockCanPutOnTheUrlsDayIsALaterPublication() {
		// 10:04 UTC is the 9th everywhere from Hawaii eastwards: the draft got its URL the day before.
		assertThat(urlWins("2023-11-09T10:04:04Z", true)).isFalse();
	}

	@Test
	void aLocalTimeAFewDaysAfterTheUrlIsThePublicationOfAnEarlierDraft() {
		assertThat(urlWins("2023-11-09T18:37:32+01:00", false)).isFalse();
		assertThat(urlWins("2023-11-14T06:00:00-05:00", false)).isFalse();
	}

	@Test
	void aDateLongAfterOrBeforeTheUrlIsAnUpdateOrAnError() {
		assertThat(urlWins("2025-06-17T10:00:00+02:00", false)).isTrue();
		assertThat(urlWins("2023-11-06T10:00:00+02:00", false)).isTrue();
	}

	@Test
	void theSameDayKeepsTheDeclaredTime() {
		assertThat(urlWins("2023-11-08T21:00:00-05:00", false)).isFalse();
		assertThat(PublishedDateResolver.urlWins(null, OffsetDateTime.parse("2023-11-09T03:28:35Z"), true)).isFalse();
		assertThat(PublishedDateResolver.urlWins(URL_DAY, null, false)).isTrue();
	}

}
