/**
 * ingest-service, in pipeline order: {@code api} accepts URLs and queues them on the submissions topic;
 * {@code publish} takes them off the queue, has {@code fetch} get the page and {@code extract} pull out the
 * article, and publishes it to the raw topic. Every outcome is also published to the status topic.
 */
package news.ingest;
