package news.kafka;

import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import news.events.InvalidEventException;
import news.events.Topics;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
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
	RecordContext recordContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new RecordContext(tracer, propagator);
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
				.build())
			.toArray(NewTopic[]::new));
	}

	/**
	 * Retries a failing record a few times (a broker or Elasticsearch blip passes), then publishes it to
	 * {@code <topic>-dlt} with the exception in its headers and moves on: a poison record never blocks a
	 * partition. Records that can never succeed skip the retries.
	 */
	@Bean
	CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> template,
			PipelineKafkaProperties properties, ObjectProvider<MeterRegistry> meters) {
		var deadLetters = new DeadLetterPublishingRecoverer(template);
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		ConsumerRecordRecoverer recoverer = (record, ex) -> {
			registry.counter("news.dead.letters", "topic", record.topic()).increment();
			deadLetters.accept(record, ex);
		};
		var handler = new DefaultErrorHandler(recoverer,
				new FixedBackOff(properties.retryBackoff().toMillis(), properties.retries()));
		handler.addNotRetryableExceptions(InvalidEventException.class);
		return handler;
	}
}
