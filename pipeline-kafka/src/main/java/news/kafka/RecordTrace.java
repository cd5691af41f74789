package news.kafka;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.MDC;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Runs work about one record of a batch in that record's trace and with its article id in the logging context,
 * as the observation and {@link ArticleLogContext} do for a record listener: a batch listener gets neither per
 * record, and every stage of an article must share its trace (what {@code GET /api/articles/{id}/status} shows).
 */
public class RecordTrace {

	private final ObjectProvider<Tracer> tracer;

	private final ObjectProvider<Propagator> propagator;

	RecordTrace(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/** @param name the span's name, e.g. "enriched-article index" */
	public <R> R within(ConsumerRecord<String, String> record, String name, Supplier<R> work) {
		String articleId = ArticleLogContext.articleId(record);
		if (articleId != null) {
			MDC.put(ArticleLogContext.ARTICLE_ID, articleId);
		}
		try {
			Tracer tracer = this.tracer.getIfAvailable();
			Propagator propagator = this.propagator.getIfAvailable();
			if (tracer == null || propagator == null) {
				return work.get();
			}
			Span span = propagator.extract(record.headers(), RecordTrace::header)
				.name(name)
				.kind(Span.Kind.CONSUMER)
				.start();
			try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
				return work.get();
			}
			finally {
				span.end();
			}
		}
		finally {
			MDC.remove(ArticleLogContext.ARTICLE_ID);
		}
	}

	private static String header(Headers headers, String key) {
		Header header = headers.lastHeader(key);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}
}
