package news.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param partitions partitions of every pipeline topic: the most consumers a stage can run in parallel
 * @param replicationFactor 1 on a single local broker; raise it on a cluster
 * @param retries attempts after the first before a failing record is dead-lettered
 * @param retryBackoff pause between those attempts; also the first pause of the unlimited retries of a transient
 * failure (Kafka or Elasticsearch unreachable), which double up to {@code maxRetryBackoff}
 * @param maxRetryBackoff longest pause between retries of a transient failure: how late a record may be
 * processed after its dependency is back
 * @param sendTimeout how long a publish may wait for the broker's acknowledgement
 * @param maxEventSize the largest event value a service publishes or reads; a bigger record is invalid and is
 * dead-lettered unread. The topics and producers allow twice this, so an oversized record from any producer
 * still reaches a consumer, which can say why it refuses it, instead of vanishing in its producer's logs.
 */
@ConfigurationProperties("news.kafka")
public record PipelineKafkaProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor,
		@DefaultValue("2") int retries, @DefaultValue("1s") Duration retryBackoff,
		@DefaultValue("10s") Duration maxRetryBackoff, @DefaultValue("30s") Duration sendTimeout, @DefaultValue("1MB") DataSize maxEventSize) {

	/** What the topics and producers accept: room for an oversized record to be seen and dead-lettered. */
	public int maxRecordSize() {
		return Math.toIntExact(2 * this.maxEventSize.toBytes());
	}
}
