package news.ingest.extract;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's reference article, in a page modelled on the publisher's real markup around it. */
class SeedArticleExtractionTest {

	private static final String PAGE_URL = "https://www.dailysabah.com/politics/diplomacy/"
			+ "turkiye-kazakhstan-seek-to-set-new-cooperation-goals/news";

	private static ExtractedPage page;

	@BeforeAll
	static void extract() {
		page = ExtractFixtures.EXTRACTOR.extract(ExtractFixtures.bytes("seed-article.html"), null, PAGE_URL,
				Instant.parse("2025-07-29T14:00:00Z"));
	}

	@Test
	void findsTheHeadline() {
		assertThat(page.title()).isEqualTo("Türkiye, Kazakhstan seek to set new cooperation goals");
	}

	@Test
	void findsTheMetadata() {
		assertThat(page.publishedAt()).isEqualTo(Instant.parse("2025-07-29T13:16:00Z"));
		assertThat(page.authors()).containsExactly("Daily Sabah with Agencies");
		assertThat(page.siteName()).isEqualTo("Daily Sabah");
		assertThat(page.language()).isEqualTo("en");
		assertThat(page.canonicalUrl()).isEqualTo(PAGE_URL);
	}

	@Test
	void bodyHoldsEveryArticleParagraphInOrder() {
		List<String> paragraphs = List.of(page.body().split("\n\n"));

		assertThat(paragraphs).hasSize(21);
		assertThat(paragraphs.get(0)).isEqualTo("Kazakh President Kassym-Jomart Tokayev received a warm welcome on "
				+ "Tuesday as he met President Recep Tayyip Erdoğan, with the two countries eyeing enhanced cooperation");
		assertThat(paragraphs.get(1)).startsWith("President Recep Tayyip Erdoğan hosted an official welcoming");
		assertThat(paragraphs).contains("In 2024, bilateral trade reached $5 billion (TL 202.86 billion). According "
				+ "to the Kazakh Ministry of Trade and Integration, trade between January and May exceeded $1.9 billion.");
		assertThat(paragraphs.get(20)).isEqualTo("To boost tourism and investment ties, Kazakhstan extended the "
				+ "visa-free stay for Turkish citizens from 30 to 90 days.");
	}

	@Test
	void bodyLeavesOutEverythingAroundTheArticle() {
		assertThat(page.body()).doesNotContain("Diplomacy", "War On Terror", "PHOTO GALLERY", "Latest & Breaking",
				"by Daily Sabah", "GMT+3", "(Reuters Photo)", "welcomes Kazakh President", "shortlink", "KEYWORDS",
				"turkish-kazakh relations", "Newsletter", "unsubscribe", "reCAPTCHA", "Related News",
				"Organization of Turkic States leaders gather", "land of cats", "Most Read", "Turkuvaz",
				"Advertisement", "cookies");
	}

}
