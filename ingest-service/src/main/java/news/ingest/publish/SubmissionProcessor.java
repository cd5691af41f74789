package news.ingest.publish;

import java.net.URI;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import news.events.Article;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleSubmitted;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedPage;
import news.ingest.extract.ExtractionStatus;
import news.ingest.fetch.FetchFailedException;
import news.ingest.fetch.FetchedPage;
import news.ingest.fetch.PageFetcher;

import org.springframework.stereotype.Component;

/**
 * Fetch, then extract: what a submitted URL turns out to be, with nothing published, so every way a hostile page
 * can end is testable without Kafka. A page that cannot be fetched or is not an article is an outcome, not an
 * error.
 */
@Component
public class SubmissionProcessor {

	private final PageFetcher fetcher;

	private final ArticleExtractor extractor;

	private final MeterRegistry meters;

	public SubmissionProcessor(PageFetcher fetcher, ArticleExtractor extractor, MeterRegistry meters) {
		this.fetcher = fetcher;
		this.extractor = extractor;
		this.meters = meters;
	}

	public IngestOutcome process(ArticleSubmitted submission) {
		FetchedPage page;
		Timer.Sample fetching = Timer.start(this.meters);
		try {
			page = this.fetcher.fetch(URI.create(submission.url()));
			fetching.stop(this.meters.timer("news.fetch", "outcome", "ok"));
		}
		catch (FetchFailedException ex) {
			fetching.stop(this.meters.timer("news.fetch", "outcome", "failed"));
			return IngestOutcome.fetchFailed(ex.getMessage());
		}
		ExtractedPage extracted = this.extractor.extract(page.body(), page.charset(), page.finalUrl().toString(),
				page.fetchedAt());
		this.meters.counter("news.extraction", "status", extracted.status().name()).increment();
		if (extracted.status() != ExtractionStatus.OK) {
			// Only articles go on to enrichment; the rest keep their label and reason in the status.
			return IngestOutcome.extracted(Outcome.valueOf(extracted.status().name()), extracted.reason());
		}
		String canonical = extracted.canonicalUrl() != null ? extracted.canonicalUrl() : page.finalUrl().toString();
		return IngestOutcome.article(new Article(submission.id(), submission.url(), canonical, extracted.siteName(),
				extracted.title(), extracted.authors(), extracted.publishedAt(), extracted.language(), extracted.body(),
				page.fetchedAt()));
	}
}
