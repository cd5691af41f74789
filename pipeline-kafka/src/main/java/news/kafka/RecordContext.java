package news.kafka;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

import org.springframework.beans.factory.ObjectProvider;

/**
 * For batch listeners, what a record listener gets from its observation and {@link ArticleLogContext}: work on one
 * record of the batch runs in a span of the trace the record carries, with the article id in the logging context,
 * so its log lines and the events it publishes stay in the article's one trace.
 */
public class RecordContext {

	private final ObjectProvider<Tracer> tracer;

	private final ObjectProvider<Propagator> propagator;

	RecordContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	public <T> T within(ConsumerRecord<?, ?> record, String name, Supplier<T> work) {
		String articleId = record.key() == null ? null : record.key().toString();
		if (articleId != null) {
			MDC.put(ArticleLogContext.ARTICLE_ID, articleId);
		}
		Tracer tracer = this.tracer.getIfAvailable();
		Propagator propagator = this.propagator.getIfAvailable();
		try {
			if (tracer == null || propagator == null) {
				return work.get();
			}
			Span span = propagator.extract(record, RecordContext::header).name(name).start();
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

	private static String header(ConsumerRecord<?, ?> record, String key) {
		Header header = record.headers().lastHeader(key);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}
}
