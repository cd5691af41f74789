/** Tags an article and publishes the result to the enriched topic, keyed by article id. */
package news.enrich.publish;
