package news.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes events as JSON keyed by article id and waits for the broker's acknowledgement, so a listener commits
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
		String json = EventJson.write(event);
		int size = json.getBytes(StandardCharsets.UTF_8).length;
		if (size > this.properties.maxEventSize().toBytes()) {
			throw new EventTooLargeException(topic, size, this.properties.maxEventSize().toBytes());
		}
		try {
			this.template.send(topic, articleId, json)
				.get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PublishFailedException(topic, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new PublishFailedException(topic, ex);
		}
	}

	public void status(String articleId, String url, Stage stage, Outcome outcome, String reason) {
		publish(Topics.STATUS, articleId,
				new ArticleStatusChanged(articleId, url, stage, outcome, reason, Instant.now(), currentTraceId()));
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
