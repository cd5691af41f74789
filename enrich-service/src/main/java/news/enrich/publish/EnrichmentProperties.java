package news.enrich.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param version stamped on every enriched article; raise it when the taggers change what they find, so
 * consumers can tell (and replay can target) articles tagged by older rules
 */
@ConfigurationProperties("news.enrich")
public record EnrichmentProperties(@DefaultValue("2026.11.1") String version) {
}
