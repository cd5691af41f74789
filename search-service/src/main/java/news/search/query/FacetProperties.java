package news.search.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sampleSize how many matching articles the facets of a broad query count: a query matching more than twice
 * as many gets facet counts (and the date histogram) estimated from a random sample of about this many
 */
@ConfigurationProperties("news.search.facets")
public record FacetProperties(@DefaultValue("10000") int sampleSize) {
}
