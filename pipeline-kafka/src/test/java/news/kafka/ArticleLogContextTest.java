package news.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleLogContextTest {

	private final ArticleLogContext context = new ArticleLogContext();

	@AfterEach
	void clear() {
		MDC.clear();
	}

	@Test
	void theKeyIsTheArticleIdUnlessAHeaderNamesIt() {
		ConsumerRecord<Object, Object> byId = new ConsumerRecord<>("news.articles.raw.v1", 0, 0, "0123abcd", "{}");
		this.context.intercept(byId, null);
		assertThat(MDC.get(ArticleLogContext.ARTICLE_ID)).isEqualTo("0123abcd");

		ConsumerRecord<Object, Object> byHost = new ConsumerRecord<>("news.submissions.v1", 0, 1, "news.example", "{}");
		byHost.headers().add(ArticleLogContext.HEADER, "4567ef".getBytes(StandardCharsets.UTF_8));
		this.context.intercept(byHost, null);
		assertThat(MDC.get(ArticleLogContext.ARTICLE_ID)).isEqualTo("4567ef");

		this.context.afterRecord(byHost, null);
		assertThat(MDC.get(ArticleLogContext.ARTICLE_ID)).isNull();
	}

}
