/**
 * {@code ./news bench-search}: search latency on a synthetic 100,000-article corpus at a fixed arrival rate,
 * through the search API and straight to Elasticsearch in the same run. The corpus is generated from the
 * project's own gold texts and the enrich-service gazetteers ({@link news.eval.search.Vocabulary}), turned into
 * index documents by search-service's own code, and the raw Elasticsearch requests are the ones search-service
 * builds.
 */
package news.eval.search;
