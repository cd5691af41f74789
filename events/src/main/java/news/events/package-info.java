/**
 * The events the pipeline exchanges over Kafka: past-tense records, their JSON form ({@link EventJson}) and,
 * under {@code schemas/}, a JSON Schema per event. Producers and consumers depend on this module only; it knows
 * nothing of Kafka or Elasticsearch.
 */
package news.events;
