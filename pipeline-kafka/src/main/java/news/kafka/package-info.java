/**
 * Kafka conventions every service shares, applied by auto-configuration: the topics and their dead-letter twins
 * are created at start-up, events are written as {@link news.events.EventJson} keyed by article id, and a record
 * that fails processing is retried with back-off, then dead-lettered with the error in its headers.
 */
package news.kafka;
