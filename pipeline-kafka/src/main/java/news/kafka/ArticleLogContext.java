package news.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;

import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the record's key, the article id, in the logging context while a listener runs, so every log line about
 * an article carries its id as a field (beside the trace id that tracing adds). Typed {@code <Object, Object>}
 * because that is the interceptor type Spring Boot applies to its listener container factory.
 */
class ArticleLogContext implements RecordInterceptor<Object, Object> {

	static final String ARTICLE_ID = "articleId";

	@Override
	public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
			Consumer<Object, Object> consumer) {
		if (record.key() != null) {
			MDC.put(ARTICLE_ID, record.key().toString());
		}
		return record;
	}

	@Override
	public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		MDC.remove(ARTICLE_ID);
	}
}
