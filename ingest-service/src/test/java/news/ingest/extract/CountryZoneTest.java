package news.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publication time the page gives only in UTC, as a system writes it, is read at the time of the country the
 * site's domain names: the day its readers saw.
 */
class CountryZoneTest {

	private static ExtractedPage extract(String url, String... metaDates) {
		StringBuilder head = new StringBuilder("<title>Titel</title>");
		for (String date : metaDates) {
			head.append("<meta property=\"article:published_time\" content=\"").append(date).append("\">");
		}
		return ExtractFixtures.extractHtml("<html><head>" + head + "</head><body><h1>Titel</h1><p>Text</p></body></html>",
				url);
	}

	@Test
	void aUtcTimeOnACountrysDomainIsReadAtThatCountrysTime() {
		ExtractedPage page = extract("https://news.example.de/politik/titel", "2021-11-04T23:00Z");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2021, 11, 5));
		assertThat(page.publishedAt()).isEqualTo(Instant.parse("2021-11-04T23:00:00Z"));
		assertThat(extract("https://www.example.com.ar/politica/titulo", "Wed, 04 May 2022 00:25:56 GMT")
			.datePublished()).isEqualTo(LocalDate.of(2022, 5, 3));
	}

	@Test
	void aPagesOwnZeroOffsetAndDomainsOfNoCountryStayInUtc() {
		assertThat(extract("https://news.example.de/politik/titel", "2021-11-04T23:00:00+00:00").datePublished())
			.isEqualTo(LocalDate.of(2021, 11, 4));
		assertThat(extract("https://news.example.com/politics/title", "2021-11-04T23:00Z").datePublished())
			.isEqualTo(LocalDate.of(2021, 11, 4));
		assertThat(extract("https://news.example.co/politics/title", "2021-11-04T23:00Z").datePublished())
			.isEqualTo(LocalDate.of(2021, 11, 4));
	}

	@Test
	void aLocalTimeThePageGivesTooWinsOverTheCountrysClock() {
		ExtractedPage page = extract("https://news.example.de/politik/titel", "2021-11-04T23:00Z",
				"2021-11-04T18:00:00-05:00");

		assertThat(page.datePublished()).isEqualTo(LocalDate.of(2021, 11, 4));
	}

}
