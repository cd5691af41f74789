package news.ingest.api;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.ArticleSubmitted;
import news.events.Topics;
import news.kafka.EventPublisher;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accepts article URLs. A URL is acknowledged only once its submission is stored in Kafka, so a 202 is a promise
 * the pipeline keeps even if this service stops right after answering.
 */
@RestController
@RequestMapping("/api/articles")
class ArticleSubmissionController {

	/** Larger lists should be split: one request must stay short enough to answer promptly. */
	static final int MAX_BATCH = 100;

	private final EventPublisher publisher;

	private final IngestApiProperties properties;

	private final SubmissionQuota quota;

	ArticleSubmissionController(EventPublisher publisher, IngestApiProperties properties, SubmissionQuota quota) {
		this.publisher = publisher;
		this.properties = properties;
		this.quota = quota;
	}

	@PostMapping
	ResponseEntity<Accepted> submit(@RequestAttribute(ApiKeyFilter.CLIENT) String client,
			@RequestBody SubmitRequest request) {
		SubmittedUrl url = SubmittedUrl.parse(request.url());
		this.quota.take(client, 1);
		Accepted accepted = accept(List.of(url)).get(0);
		return ResponseEntity.accepted().location(URI.create(accepted.statusUrl())).body(accepted);
	}

	/**
	 * All URLs are checked, and the client's quota charged for all, before any is queued: a batch with a bad URL
	 * or over the quota is refused whole, nothing half-done.
	 */
	@PostMapping("/batch")
	ResponseEntity<List<Accepted>> submitBatch(@RequestAttribute(ApiKeyFilter.CLIENT) String client,
			@Valid @RequestBody BatchRequest request) {
		List<SubmittedUrl> urls = request.urls().stream().map(SubmittedUrl::parse).toList();
		this.quota.take(client, urls.size());
		return ResponseEntity.accepted().body(accept(urls));
	}

	/**
	 * Sends every submission, then waits for the broker once: one round trip per request, not two per URL. A
	 * submission is keyed by its host, so all of a host's submissions share a partition and so one listener
	 * thread: the fetcher takes one request at a time per host, and a host that asks for long pauses (Crawl-delay,
	 * Retry-After) holds up only its own partition, never every listener thread at once (StormCrawler partitions
	 * its URLs by host for the same reason).
	 */
	private List<Accepted> accept(List<SubmittedUrl> urls) {
		List<CompletableFuture<?>> sent = new ArrayList<>(2 * urls.size());
		for (SubmittedUrl url : urls) {
			sent.add(this.publisher.send(Topics.SUBMISSIONS, url.host(), url.id(),
					new ArticleSubmitted(url.id(), url.normalised(), Instant.now())));
			sent.add(this.publisher.sendStatus(url.id(), url.normalised(), Stage.SUBMITTED, Outcome.OK, null));
		}
		this.publisher.await(Topics.SUBMISSIONS, sent);
		return urls.stream().map(url -> new Accepted(url.id(), url.normalised(), this.properties.statusUrl(url.id()))).toList();
	}

	record SubmitRequest(String url) {
	}

	record BatchRequest(@NotEmpty @Size(max = MAX_BATCH) List<String> urls) {
	}

	/** @param statusUrl where the article's progress through the pipeline can be followed */
	record Accepted(String id, String url, String statusUrl) {
	}
}
