package news.search;

import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * The same tests on Kafka and Elasticsearch containers, for machines with Docker ({@code ./mvnw verify
 * -Pintegration}); skipped where there is no Docker engine. The stock Elasticsearch image has the analysis
 * module, so it proves the index settings work on an unmodified distribution too.
 */
@Testcontainers(disabledWithoutDocker = true)
class SearchPipelineContainersIT extends SearchPipelineIT {

	@Container
	@ServiceConnection
	static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

	@Container
	@ServiceConnection
	static final ElasticsearchContainer ELASTICSEARCH = new ElasticsearchContainer(
			"docker.elastic.co/elasticsearch/elasticsearch:9.2.8")
		.withEnv("xpack.security.enabled", "false")
		.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
}
