/**
 * Stand-ins for parts of Elasticsearch's analysis-common module, which the integ-test distribution used by
 * stack/infra lacks. Each component keeps the stock name and default behaviour, so index settings written
 * for a stock Elasticsearch work unchanged on the local node. Elasticsearch finds the components through
 * named_components.json (the {@code @NamedComponent} names must match it).
 */
package news.analysis;
