/**
 * The end-to-end load benchmark and the soak test ({@code ./news bench}, {@code ./news soak}): generated article
 * pages served on many loopback hosts, submitted through the real HTTP API of a running stack, followed until
 * searchable in Elasticsearch; each stage measured alone on the same pages for the ceiling; memory of every
 * process sampled.
 */
package news.eval.load;
