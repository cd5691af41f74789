package news.search.stream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often subscriptions look for new articles while this instance is indexing
 * @param idlePollInterval how often they look otherwise (articles indexed by other instances)
 * @param overlap how far back each look reaches again: an article becomes searchable up to a refresh interval
 * (1 s) after its indexedAt, so a look must not start exactly where the last one ended
 * @param heartbeat how often an idle stream gets a comment, so proxies keep it open and dead clients are noticed
 * @param timeout how long one connection lasts; the browser's EventSource reconnects with Last-Event-ID
 * @param batchSize articles read per request while catching up
 * @param maxSubscribers open streams per instance; more get 503
 */
@ConfigurationProperties("news.search.stream")
public record StreamProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("5s") Duration idlePollInterval,
		@DefaultValue("3s") Duration overlap, @DefaultValue("15s") Duration heartbeat,
		@DefaultValue("30m") Duration timeout, @DefaultValue("100") int batchSize,
		@DefaultValue("200") int maxSubscribers) {
}
