package news.ingest.extract;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Outcome labels from general signals, on small pages written for each case. */
class ExtractionStatusTest {

	private static final Instant FETCHED_AT = Instant.parse("2025-07-30T08:00:00Z");

	private static ExtractedPage extract(String fixture) {
		return ExtractFixtures.EXTRACTOR.extract(ExtractFixtures.bytes(fixture), null,
				"https://news.example.org/page", FETCHED_AT);
	}

	@Test
	void anArticleIsOk() {
		ExtractedPage page = extract("furniture-article.html");

		assertThat(page.status()).isEqualTo(ExtractionStatus.OK);
		assertThat(page.reason()).isNotBlank();
	}

	@Test
	void aPageOfLinkedTeasersIsNotAnArticle() {
		ExtractedPage page = extract("listing-page.html");

		assertThat(page.status()).isEqualTo(ExtractionStatus.NOT_ARTICLE);
		assertThat(page.reason()).contains("teaser");
	}

	@Test
	void aTeaserDeclaredNotFreeIsAPaywall() {
		ExtractedPage page = extract("paywall-article.html");

		assertThat(page.status()).isEqualTo(ExtractionStatus.PAYWALL);
		assertThat(page.reason()).contains("isAccessibleForFree");
	}

	@Test
	void aCookieDialogWithoutArticleIsAConsentWall() {
		assertThat(extract("consent-wall.html").status()).isEqualTo(ExtractionStatus.CONSENT_WALL);
	}

	@Test
	void anEmptyAppShellRequiresJavaScript() {
		ExtractedPage page = extract("javascript-app.html");

		assertThat(page.status()).isEqualTo(ExtractionStatus.JS_REQUIRED);
		assertThat(page.body()).isEmpty();
	}

	@Test
	void aBrowserCheckBeforeThePageRequiresJavaScript() {
		ExtractedPage page = extract("browser-check.html");

		assertThat(page.status()).isEqualTo(ExtractionStatus.JS_REQUIRED);
		assertThat(page.reason()).contains("browser check");
	}

	@Test
	void aPostWrittenForScriptsIsReadFromItsNoscriptCopy() {
		ExtractedPage page = extract("noscript-copy.html");

		assertThat(page.status()).isEqualTo(ExtractionStatus.OK);
		assertThat(page.body()).contains("a night boat on Fridays", "two thirds of the islanders")
			.doesNotContain("enable JavaScript");
	}

	@Test
	void anArticleCommentedOutUntilTheReaderConsentsIsReadFromTheComment() {
		ExtractedPage page = extract("consent-gated-article.html");

		assertThat(page.status()).isEqualTo(ExtractionStatus.OK);
		assertThat(page.body()).startsWith("From the first of June").contains("decided in the autumn")
			.doesNotContain("enable JavaScript", "Old template");
	}

	@Test
	void aPageWithoutTextIsEmpty() {
		assertThat(extract("empty.html").status()).isEqualTo(ExtractionStatus.EMPTY);
	}

	@Test
	void aShortArticleNextToManyTeasersIsOk() {
		// A page declaring itself an article (og:type) with text of its own is not a listing.
		assertThat(extract("short-article-with-teasers.html").status()).isEqualTo(ExtractionStatus.OK);
	}

	@Test
	void aCookieBannerOverAnArticleIsNoConsentWall() {
		ExtractedPage page = extract("article-with-cookie-banner.html");

		assertThat(page.status()).isEqualTo(ExtractionStatus.OK);
		assertThat(page.body()).contains("Linie 14");
	}

	@Test
	void paywallMarkupOnAFreeArticleIsNoPaywall() {
		assertThat(extract("free-article-with-paywall-markup.html").status()).isEqualTo(ExtractionStatus.OK);
	}

	@Test
	void aMarkedTeaserCutOffWithAnEllipsisIsAPaywall() {
		ExtractedPage page = extract("metered-teaser.html");

		assertThat(page.status()).isEqualTo(ExtractionStatus.PAYWALL);
		assertThat(page.reason()).contains("subscription marker");
	}

	@Test
	void thePageTextIsReadOnlyToJudgeAShortBody() {
		PageSignals cookieBanner = new PageSignals(false, false, 120, false, 0, true, false);
		AtomicInteger reads = new AtomicInteger();
		Supplier<String> pageText = () -> {
			reads.incrementAndGet();
			return "We use cookies. Accept all cookies?";
		};
		PageClassifier classifier = new PageClassifier();

		assertThat(classifier.classify(cookieBanner, "An article. ".repeat(200), pageText).status())
			.isEqualTo(ExtractionStatus.OK);
		assertThat(reads).hasValue(0);
		assertThat(classifier.classify(cookieBanner, "Only a line.", pageText).status())
			.isEqualTo(ExtractionStatus.CONSENT_WALL);
		assertThat(reads).hasValue(1);
	}

}
