package news.enrich;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import news.events.ArticleEnriched;
import news.events.ArticleExtracted;
import news.events.CountryTag;
import news.events.EventFixtures;
import news.events.EventJson;
import news.events.EventSchemas;
import news.events.PersonTag;
import news.events.Topics;
import news.kafka.Poison;
import news.kafka.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** enrich-service on the real Kafka started by {@code ./news test}: raw articles in, enriched articles out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnrichPipelineIT {

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	MeterRegistry meters;

	private final String url = "https://news.example/" + UUID.randomUUID();

	@Test
	void rawArticleIsPublishedEnrichedAndMatchesTheSchema() throws Exception {
		ArticleExtracted raw = new ArticleExtracted(EventFixtures.article(this.url));
		this.kafka.send(Topics.RAW, raw.article().id(), EventJson.write(raw)).get();

		try (var enriched = TopicReader.of(this.kafka, Topics.ENRICHED)) {
			ConsumerRecord<String, String> record = enriched.find(raw.article().id(), Duration.ofSeconds(30))
				.orElseThrow();
			assertThat(EventSchemas.violations(ArticleEnriched.class, record.value())).isEmpty();
			ArticleEnriched event = EventJson.read(record.value(), ArticleEnriched.class);
			assertThat(event.article()).isEqualTo(raw.article());
			assertThat(event.enrichmentVersion()).isNotBlank();
			assertThat(event.countries()).extracting(CountryTag::code).containsExactlyInAnyOrder("KZ", "TR");
			assertThat(event.people()).extracting(PersonTag::name)
				.containsExactlyInAnyOrder("Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan");
			assertThat(this.meters.timer("news.enrichment").count()).isPositive();
			assertThat(this.meters.summary("news.enrichment.tags", "type", "person").totalAmount()).isPositive();
			assertThat(event.figures()).anySatisfy(f -> {
				assertThat(f.value()).isEqualTo(5.0e9);
				assertThat(f.unit()).isEqualTo("USD");
			});
		}
	}

	@ParameterizedTest
	@EnumSource(Poison.class)
	void poisonRecordIsDeadLetteredAndTheNextRecordIsEnriched(Poison poison) throws Exception {
		ArticleExtracted good = new ArticleExtracted(EventFixtures.article(this.url));
		poison.sendBefore(this.kafka, Topics.RAW, "poison-" + UUID.randomUUID(), good.article().id(),
				EventJson.write(good));
		try (var enriched = TopicReader.of(this.kafka, Topics.ENRICHED)) {
			assertThat(enriched.find(good.article().id(), Duration.ofSeconds(30))).isPresent();
		}
	}

}
