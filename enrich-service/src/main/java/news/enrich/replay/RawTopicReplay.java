package news.enrich.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import news.enrich.publish.ArticleEnricher;
import news.enrich.publish.EnrichmentProperties;
import news.events.ArticleExtracted;
import news.events.InvalidEventException;
import news.events.Topics;
import news.kafka.EventReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Runs the raw topic through this build's taggers once more, so every article gets this build's enrichment
 * version: each record is enriched and published exactly as the live listener does it, and search-service
 * re-indexes the article by id.
 * <p>
 * A consumer group of its own for each run ({@code enrich-replay-<version>-<epoch seconds>}), with the partitions
 * assigned rather than subscribed: the live enrich-service keeps consuming in its group, untouched, and new
 * articles do not wait behind the history. The replay reads from the beginning (or from the first record at or
 * after a time) up to the end offsets it finds when it starts, then stops: what arrives meanwhile is the live
 * service's work. Resetting the live group's offsets instead would need the service stopped and would delay every
 * new article by the whole replay. Progress is committed to the replay's group, so Kafka's own tools show it.
 * <p>
 * Deploy the new taggers (a raised {@code news.enrich.version}) to the live service before replaying; records of
 * the replay and of the live service interleave on the enriched topic, and search-service keeps the newest
 * revision of each article (higher version, then later fetch), so a replay never puts an older one back.
 */
@Component
public class RawTopicReplay {

	/** How long to wait for Kafka's answers before saying it is unreachable. */
	private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration POLL = Duration.ofSeconds(1);

	private final ConsumerFactory<String, String> consumers;

	private final KafkaAdmin admin;

	private final ArticleEnricher enricher;

	private final EnrichmentProperties properties;

	private final EventReader events;

	RawTopicReplay(ConsumerFactory<String, String> consumers, KafkaAdmin admin, ArticleEnricher enricher,
			EnrichmentProperties properties, EventReader events) {
		this.consumers = consumers;
		this.admin = admin;
		this.enricher = enricher;
		this.properties = properties;
		this.events = events;
	}

	/** @param from replay records written at or after this time; null replays the whole topic */
	public Result replay(Instant from, Progress progress) {
		List<TopicPartition> partitions = rawPartitions();
		String group = "enrich-replay-" + this.properties.version() + "-" + Instant.now().getEpochSecond();
		Properties manualCommits = new Properties();
		manualCommits.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		try (Consumer<String, String> consumer = this.consumers.createConsumer(group, null, null, manualCommits)) {
			consumer.assign(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
			seek(consumer, partitions, from, end);
			long total = partitions.stream().mapToLong(p -> end.get(p) - consumer.position(p, KAFKA_TIMEOUT)).sum();
			List<TopicPartition> open = new ArrayList<>(partitions);
			long enriched = 0;
			long malformed = 0;
			while (true) {
				List<TopicPartition> finished = open.stream()
					.filter(p -> consumer.position(p, KAFKA_TIMEOUT) >= end.get(p))
					.toList();
				consumer.pause(finished);
				open.removeAll(finished);
				progress.replayed(enriched + malformed, total);
				if (open.isEmpty()) {
					return new Result(group, enriched, malformed);
				}
				for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
					if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
						continue;
					}
					if (enrich(record)) {
						enriched++;
					}
					else {
						malformed++;
					}
				}
				Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
				open.forEach(p -> done.put(p,
						new OffsetAndMetadata(Math.min(consumer.position(p, KAFKA_TIMEOUT), end.get(p)))));
				consumer.commitSync(done, KAFKA_TIMEOUT);
			}
		}
	}

	/** @return false for a record the live service dead-lettered already: counted, not sent there again */
	private boolean enrich(ConsumerRecord<String, String> record) {
		if (record.value() == null) {
			return false;
		}
		try {
			// The live listener's reading rules (size limit, schema version), so the replay skips what it refused.
			this.enricher.enrich(this.events.read(record, ArticleExtracted.class).article());
			return true;
		}
		catch (InvalidEventException ex) {
			return false;
		}
	}

	private static void seek(Consumer<String, String> consumer, List<TopicPartition> partitions, Instant from,
			Map<TopicPartition, Long> end) {
		if (from == null) {
			consumer.seekToBeginning(partitions);
			return;
		}
		Map<TopicPartition, Long> times = new HashMap<>();
		partitions.forEach(p -> times.put(p, from.toEpochMilli()));
		Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(times, KAFKA_TIMEOUT);
		// No record at or after the time: nothing to replay in that partition.
		partitions.forEach(p -> consumer.seek(p, found.get(p) != null ? found.get(p).offset() : end.get(p)));
	}

	/** The raw topic's partitions; a clear error when Kafka does not answer or the topics are missing. */
	private List<TopicPartition> rawPartitions() {
		Map<String, Object> config = this.admin.getConfigurationProperties();
		Object bootstrap = config.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
		Admin client = Admin.create(config);
		try {
			Map<String, TopicDescription> topics = client
				.describeTopics(List.of(Topics.RAW, Topics.ENRICHED),
						new DescribeTopicsOptions().timeoutMs((int) KAFKA_TIMEOUT.toMillis()))
				.allTopicNames()
				.get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return topics.get(Topics.RAW).partitions().stream()
				.map(p -> new TopicPartition(Topics.RAW, p.partition()))
				.toList();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof UnknownTopicOrPartitionException) {
				throw new IllegalStateException("the pipeline's topics do not exist at " + bootstrap
						+ ": nothing to replay (the services create them when they start)");
			}
			throw unreachable(bootstrap, ex.getCause());
		}
		catch (TimeoutException ex) {
			throw unreachable(bootstrap, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		finally {
			client.close(Duration.ofSeconds(1));
		}
	}

	private static IllegalStateException unreachable(Object bootstrap, Throwable cause) {
		return new IllegalStateException("Kafka at " + bootstrap + " did not answer within "
				+ KAFKA_TIMEOUT.toSeconds() + " s (is the stack up? ./news up): " + cause, cause);
	}

	/** @param enriched articles enriched and published again; @param malformed records skipped as unreadable */
	public record Result(String group, long enriched, long malformed) {
	}

	/** Called after each batch with the records replayed so far and the number to replay. */
	@FunctionalInterface
	public interface Progress {

		void replayed(long done, long total);
	}
}
