package news.ingest.extract;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineChooserTest {

	private final HeadlineChooser chooser = new HeadlineChooser();

	private String choose(String body, List<String> metaTitles, String documentTitle) {
		Document page = Jsoup.parse("<html><body>" + body + "</body></html>", "https://www.example.org/");
		return this.chooser.choose(page, metaTitles, documentTitle, null, "https://www.example.org/news/1");
	}

	@Nested
	class HiddenHeadings {

		@Test
		void screenReaderHeadingIsNotTheHeadline() {
			String body = "<h1 class=\"aural\">Navigation and service</h1><main><h1>Ferry line opens in May</h1></main>";

			assertThat(choose(body, List.of("Ferry line opens in May"), null)).isEqualTo("Ferry line opens in May");
		}

		@Test
		void screenReaderHeadingIsNoFallbackEither() {
			String body = "<h1 class=\"sr-only\">Main menu</h1><h1>Harbour report</h1>";

			assertThat(choose(body, List.of(), null)).isEqualTo("Harbour report");
		}

	}

	@Nested
	class SiteNameInTheTitle {

		@Test
		void siteNameMayComeFirstWhenTheLastSegmentIsTheDeclaredHeadline() {
			String body = "<h1>Ferry line opens in May</h1>";
			String documentTitle = "ABC - Press releases - Ferry line opens in May";

			assertThat(choose(body, List.of("Ferry line opens in May", documentTitle), documentTitle))
				.isEqualTo("Ferry line opens in May");
		}

		@Test
		void lastSegmentIsTheSiteNameOtherwise() {
			String body = "<h1>Island Post</h1><h2>Ferry line opens in May</h2>";
			String documentTitle = "Ferry line opens in May | Island Post";

			assertThat(choose(body, List.of(documentTitle), documentTitle)).isEqualTo("Ferry line opens in May");
		}

	}

	@Nested
	class Kickers {

		@Test
		void styledKickerIsLeftOut() {
			String body = "<h1><span>Olympics in Paris</span> Drinks delivered to the stadium by boat</h1>";

			assertThat(choose(body, List.of(), null)).isEqualTo("Drinks delivered to the stadium by boat");
		}

		@Test
		void rubyReadingsAreLeftOutAndAnnotatedFirstCharactersAreNoKicker() {
			String body = "<h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を禁止する</h1>";

			assertThat(choose(body, List.of(), null)).isEqualTo("子どもへの体罰を禁止する");
		}

		@Test
		void subtitleInSmallPrintIsLeftOut() {
			String body = "<h1>Fish cakes, hot and fresh <small>A visit to the harbour market</small></h1>";

			assertThat(choose(body, List.of(), null)).isEqualTo("Fish cakes, hot and fresh");
		}

		@Test
		void aStyleBeforeTheKickerDoesNotHideIt() {
			String body = "<h1><style>.k{display:block}</style><span class=\"k\">Press release of the ministry"
					+ "</span>Vaccination stays possible everywhere until the end of February</h1>";

			assertThat(choose(body, List.of(), null))
				.isEqualTo("Vaccination stays possible everywhere until the end of February");
		}

		@Test
		void styledFirstWordOfTheSentenceStays() {
			String body = "<h1><span class=\"mark\">Feud</span> of the century escalates on live television</h1>";

			assertThat(choose(body, List.of(), null)).isEqualTo("Feud of the century escalates on live television");
		}

		@Test
		void theSpaceBetweenTwoSpansSeparatesTheirWords() {
			String body = "<h1> <span>The semi-final of the hockey league on Tuesday evening</span> "
					+ "<span>Two goals</span> </h1>";

			assertThat(choose(body, List.of(), null))
				.isEqualTo("The semi-final of the hockey league on Tuesday evening Two goals");
		}

	}

}
