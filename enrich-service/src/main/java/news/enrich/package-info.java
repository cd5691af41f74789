/**
 * enrich-service, in pipeline order: {@code consume} takes {@link news.events.ArticleExtracted} off the raw topic,
 * {@code tag} finds countries, people and figures, {@code publish} writes {@link news.events.ArticleEnriched} to
 * the enriched topic; {@code replay} runs the raw topic through them again.
 */
package news.enrich;
