package news.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;

import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the record's key, the article id, in the logging context while a listener runs, so every log line about
 * an article carries its id as a field (beside the trace id that tracing adds).
 */
class ArticleLogContext implements RecordInterceptor<String, String> {

	static final String ARTICLE_ID = "articleId";

	@Override
	public ConsumerRecord<String, String> intercept(ConsumerRecord<String, String> record,
			Consumer<String, String> consumer) {
		if (record.key() != null) {
			MDC.put(ARTICLE_ID, record.key());
		}
		return record;
	}

	@Override
	public void afterRecord(ConsumerRecord<String, String> record, Consumer<String, String> consumer) {
		MDC.remove(ARTICLE_ID);
	}
}
