package news.enrich.publish;

import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import news.enrich.tag.ArticleTagger;
import news.enrich.tag.Tags;
import news.events.Article;
import news.events.ArticleEnriched;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.Topics;
import news.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/** Tags one article and publishes the enriched article, then its status. */
@Service
public class ArticleEnricher {

	private static final Logger log = LoggerFactory.getLogger(ArticleEnricher.class);

	private final ArticleTagger tagger;

	private final EventPublisher publisher;

	private final EnrichmentProperties properties;

	private final Timer tagging;

	private final DistributionSummary countries;

	private final DistributionSummary people;

	private final DistributionSummary figures;

	ArticleEnricher(ArticleTagger tagger, EventPublisher publisher, EnrichmentProperties properties,
			MeterRegistry meters) {
		this.tagger = tagger;
		this.publisher = publisher;
		this.properties = properties;
		this.tagging = meters.timer("news.enrichment");
		this.countries = meters.summary("news.enrichment.tags", "type", "country");
		this.people = meters.summary("news.enrichment.tags", "type", "person");
		this.figures = meters.summary("news.enrichment.tags", "type", "figure");
	}

	public ArticleEnriched enrich(Article article) {
		Tags tags = this.tagging.record(() -> this.tagger.tag(article.title(), article.body()));
		this.countries.record(tags.countries().size());
		this.people.record(tags.people().size());
		this.figures.record(tags.figures().size());
		ArticleEnriched enriched = new ArticleEnriched(this.properties.version(), Instant.now(), article,
				tags.countries(), tags.people(), tags.figures(), tags.places());
		// Both sent, then one wait for the broker.
		this.publisher.await(Topics.ENRICHED, List.of(this.publisher.send(Topics.ENRICHED, article.id(), enriched),
				this.publisher.sendStatus(article.id(), article.url(), Stage.ENRICHED, Outcome.OK, null)));
		log.info("article={} enriched: {} countries, {} people, {} figures", article.id(), tags.countries().size(),
				tags.people().size(), tags.figures().size());
		return enriched;
	}
}
