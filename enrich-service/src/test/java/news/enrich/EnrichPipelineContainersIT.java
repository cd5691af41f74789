package news.enrich;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * The same tests on a Kafka container, for machines with Docker ({@code ./mvnw verify -Pintegration}); skipped
 * where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
class EnrichPipelineContainersIT extends EnrichPipelineIT {

	@Container
	@ServiceConnection
	static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");
}
