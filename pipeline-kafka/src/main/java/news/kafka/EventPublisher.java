package news.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import news.events.ArticleStatusChanged;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.EventJson;
import news.events.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes events as JSON keyed by article id (or by host, the id in a header) and waits for the broker's acknowledgement, so a listener commits
 * its input offset only once its output is safely stored (at-least-once end to end).
 */
public class EventPublisher {

	private final KafkaTemplate<String, String> template;

	private final PipelineKafkaProperties properties;

	private final ObjectProvider<Tracer> tracer;

	public EventPublisher(KafkaTemplate<String, String> template, PipelineKafkaProperties properties,
			ObjectProvider<Tracer> tracer) {
		this.template = template;
		this.properties = properties;
		this.tracer = tracer;
	}

	/**
	 * @throws EventTooLargeException when the event is over the size limit its consumers enforce
	 * @throws PublishFailedException when the broker does not acknowledge it in time
	 */
	public void publish(String topic, String articleId, Object event) {
		await(topic, send(topic, articleId, event));
	}

	/**
	 * Sends without waiting; see {@link #sendStatus}.
	 * @throws EventTooLargeException when the event is over the size limit its consumers enforce
	 */
	public CompletableFuture<?> send(String topic, String articleId, Object event) {
		return this.template.send(topic, articleId, json(topic, event));
	}

	/**
	 * Sends without waiting, keyed by something other than the article id (the host of a submission, so that one
	 * host's records share a partition); the article id travels in a header for the consumer's logs.
	 * @throws EventTooLargeException when the event is over the size limit its consumers enforce
	 */
	public CompletableFuture<?> send(String topic, String key, String articleId, Object event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json(topic, event));
		record.headers().add(ArticleLogContext.HEADER, articleId.getBytes(StandardCharsets.UTF_8));
		return this.template.send(record);
	}

	private String json(String topic, Object event) {
		String json = EventJson.write(event);
		int size = json.getBytes(StandardCharsets.UTF_8).length;
		if (size > this.properties.maxEventSize().toBytes()) {
			throw new EventTooLargeException(topic, size, this.properties.maxEventSize().toBytes());
		}
		return json;
	}

	public void status(String articleId, String url, Stage stage, Outcome outcome, String reason) {
		await(Topics.STATUS, sendStatus(articleId, url, stage, outcome, reason));
	}

	/**
	 * Sends a status event without waiting, for a batch that publishes many and then waits for all with
	 * {@link #await(String, CompletableFuture)}: one round trip to the broker instead of one per event.
	 */
	public CompletableFuture<?> sendStatus(String articleId, String url, Stage stage, Outcome outcome, String reason) {
		return send(Topics.STATUS, articleId,
				new ArticleStatusChanged(articleId, url, stage, outcome, reason, Instant.now(), currentTraceId()));
	}

	/** Waits for the broker's acknowledgement of everything sent to {@code topic}. */
	public void await(String topic, List<CompletableFuture<?>> sent) {
		await(topic, CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)));
	}

	/** Waits for the broker's acknowledgement of what was sent to {@code topic}. */
	public void await(String topic, CompletableFuture<?> sent) {
		try {
			sent.get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PublishFailedException(topic, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new PublishFailedException(topic, ex);
		}
	}

	private String currentTraceId() {
		Tracer tracer = this.tracer.getIfAvailable();
		Span span = tracer == null ? null : tracer.currentSpan();
		return span == null ? null : span.context().traceId();
	}

	/** The broker did not acknowledge in time; the caller's input is not committed and will be retried. */
	public static class PublishFailedException extends RuntimeException {

		PublishFailedException(String topic, Throwable cause) {
			super("Could not publish to " + topic + ": " + cause.getMessage(), cause);
		}
	}
}
