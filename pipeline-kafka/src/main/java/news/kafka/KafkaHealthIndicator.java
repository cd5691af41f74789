package news.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Kafka's part in readiness: the broker answers a cluster description. Spring Boot has no Kafka health
 * indicator of its own; a service that cannot reach Kafka cannot do its work and should say so.
 */
class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

	/** Short: readiness is polled, and a slow broker is as good as an absent one for this answer. */
	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private final Admin admin;

	KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
		super("Kafka is unreachable");
		Map<String, Object> config = kafkaAdmin.getConfigurationProperties();
		this.admin = Admin.create(config);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		DescribeClusterResult cluster = this.admin
			.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
		String clusterId = cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		int brokers = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
		builder.up().withDetail("clusterId", clusterId).withDetail("brokers", brokers);
	}

	@Override
	public void close() {
		this.admin.close(TIMEOUT);
	}
}
