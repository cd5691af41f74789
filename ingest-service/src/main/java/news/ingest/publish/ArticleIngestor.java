package news.ingest.publish;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import news.events.Article;
import news.events.ArticleExtracted;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.ArticleSubmitted;
import news.events.Topics;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedPage;
import news.ingest.extract.ExtractionStatus;
import news.ingest.fetch.FetchFailedException;
import news.ingest.fetch.FetchedPage;
import news.ingest.fetch.PageFetcher;
import news.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * One submission through fetch and extraction. A page that cannot be fetched or is not an article (empty,
 * listing, paywall, consent wall, JavaScript shell) is an outcome recorded on the status topic, not an error:
 * only a failure to publish is thrown, so Kafka retries it.
 */
@Service
public class ArticleIngestor {

	private static final Logger log = LoggerFactory.getLogger(ArticleIngestor.class);

	private final PageFetcher fetcher;

	private final ArticleExtractor extractor;

	private final EventPublisher publisher;

	private final MeterRegistry meters;

	ArticleIngestor(PageFetcher fetcher, ArticleExtractor extractor, EventPublisher publisher, MeterRegistry meters) {
		this.fetcher = fetcher;
		this.extractor = extractor;
		this.publisher = publisher;
		this.meters = meters;
	}

	public void ingest(ArticleSubmitted submission) {
		FetchedPage page;
		Timer.Sample fetching = Timer.start(this.meters);
		try {
			page = this.fetcher.fetch(URI.create(submission.url()));
			fetching.stop(this.meters.timer("news.fetch", "outcome", "ok"));
		}
		catch (FetchFailedException ex) {
			fetching.stop(this.meters.timer("news.fetch", "outcome", "failed"));
			log.info("article={} url={} fetch failed: {}", submission.id(), submission.url(), ex.getMessage());
			this.publisher.status(submission.id(), submission.url(), Stage.FETCHED, Outcome.FAILED, ex.getMessage());
			return;
		}
		// Sent now, acknowledged with the outcome below: one wait for the broker per article, not one per event.
		CompletableFuture<?> fetched = this.publisher.sendStatus(submission.id(), submission.url(), Stage.FETCHED,
				Outcome.OK, null);

		ExtractedPage extracted = this.extractor.extract(page.body(), page.charset(), page.finalUrl().toString(),
				page.fetchedAt());
		this.meters.counter("news.extraction", "status", extracted.status().name()).increment();
		if (extracted.status() != ExtractionStatus.OK) {
			// Only articles go on to enrichment; the rest keep their label and reason in the status.
			log.info("article={} url={} not published: {} ({})", submission.id(), submission.url(), extracted.status(),
					extracted.reason());
			this.publisher.await(Topics.STATUS, List.of(fetched, this.publisher.sendStatus(submission.id(),
					submission.url(), Stage.EXTRACTED, Outcome.valueOf(extracted.status().name()), extracted.reason())));
			return;
		}
		String canonical = extracted.canonicalUrl() != null ? extracted.canonicalUrl() : page.finalUrl().toString();
		Article article = new Article(submission.id(), submission.url(), canonical, extracted.siteName(),
				extracted.title(), extracted.authors(), extracted.publishedAt(), extracted.language(), extracted.body(),
				page.fetchedAt());
		this.publisher.await(Topics.RAW, List.of(fetched,
				this.publisher.send(Topics.RAW, article.id(), new ArticleExtracted(article)),
				this.publisher.sendStatus(submission.id(), submission.url(), Stage.EXTRACTED, Outcome.OK, null)));
		log.info("article={} url={} extracted: {} characters", article.id(), article.url(), article.body().length());
	}
}
