package news.kafka;

import java.util.Map;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import news.events.InvalidEventException;
import news.events.Topics;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/** Applies the pipeline's Kafka conventions to whichever service has this module on its class path. */
@AutoConfiguration
@EnableConfigurationProperties(PipelineKafkaProperties.class)
public class PipelineKafkaAutoConfiguration {

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, String> template, PipelineKafkaProperties properties,
			ObjectProvider<Tracer> tracer) {
		return new EventPublisher(template, properties, tracer);
	}

	@Bean
	RecordTrace recordTrace(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new RecordTrace(tracer, propagator);
	}

	@Bean
	EventReader eventReader(PipelineKafkaProperties properties) {
		return new EventReader(properties);
	}

	/** Producers may send up to the topics' limit; {@link EventPublisher} keeps its own events within the event limit. */
	@Bean
	DefaultKafkaProducerFactoryCustomizer maxRequestSize(PipelineKafkaProperties properties) {
		return factory -> factory
			.updateConfigs(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, properties.maxRecordSize()));
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
		return new KafkaHealthIndicator(kafkaAdmin);
	}

	@Bean
	RecordInterceptor<Object, Object> articleLogContext() {
		return new ArticleLogContext();
	}

	/** Every topic with its dead-letter twin, so none depends on the broker's auto-creation defaults. */
	@Bean
	KafkaAdmin.NewTopics pipelineTopics(PipelineKafkaProperties properties) {
		return new KafkaAdmin.NewTopics(Stream
			.of(Topics.SUBMISSIONS, Topics.RAW, Topics.ENRICHED, Topics.STATUS)
			.flatMap(topic -> Stream.of(topic, topic + Topics.DLT_SUFFIX))
			.map(topic -> TopicBuilder.name(topic)
				.partitions(properties.partitions())
				.replicas(properties.replicationFactor())
				.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(properties.maxRecordSize()))
				.build())
			.toArray(NewTopic[]::new));
	}

	/**
	 * Retries a failing record a few times, then publishes it to {@code <topic>-dlt} with the exception in its
	 * headers and moves on: a poison record never blocks a partition. Records that can never succeed (malformed,
	 * unknown schema version, oversized) skip the retries. A transient failure (Kafka or Elasticsearch
	 * unreachable) is no fault of the record: it is retried, with growing pauses, until the dependency is back, and
	 * its offset stays uncommitted meanwhile.
	 */
	@Bean
	CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> template,
			PipelineKafkaProperties properties, ObjectProvider<MeterRegistry> meters) {
		var deadLetters = new TruncatingDeadLetterRecoverer(template, properties);
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		ConsumerRecordRecoverer recoverer = (record, ex) -> {
			registry.counter("news.dead.letters", "topic", record.topic()).increment();
			deadLetters.accept(record, ex);
		};
		var handler = new DefaultErrorHandler(recoverer,
				new FixedBackOff(properties.retryBackoff().toMillis(), properties.retries()));
		handler.addNotRetryableExceptions(InvalidEventException.class);
		var untilBack = new ExponentialBackOff(properties.retryBackoff().toMillis(), 2);
		untilBack.setMaxInterval(properties.maxRetryBackoff().toMillis());
		handler.setBackOffFunction((record, ex) -> TransientFailures.isTransient(ex) ? untilBack : null);
		return handler;
	}
}
