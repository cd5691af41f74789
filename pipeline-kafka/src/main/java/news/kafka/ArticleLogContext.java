package news.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the record's article id in the logging context while a listener runs, so every log line about an article
 * carries its id as a field (beside the trace id that tracing adds): the {@value #HEADER} header where the record
 * is keyed otherwise (submissions are keyed by host), else the key. Typed {@code <Object, Object>} because that is
 * the interceptor type Spring Boot applies to its listener container factory.
 */
class ArticleLogContext implements RecordInterceptor<Object, Object> {

	static final String ARTICLE_ID = "articleId";

	/** The record header naming the article of a record whose key is not its id. */
	static final String HEADER = "article-id";

	@Override
	public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
			Consumer<Object, Object> consumer) {
		String id = articleId(record);
		if (id != null) {
			MDC.put(ARTICLE_ID, id);
		}
		return record;
	}

	static String articleId(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(HEADER);
		if (header != null) {
			return new String(header.value(), StandardCharsets.UTF_8);
		}
		return (record.key() != null) ? record.key().toString() : null;
	}

	@Override
	public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		MDC.remove(ARTICLE_ID);
	}
}
