/** Reads the raw topic; poison records go to its dead-letter twin (see news.kafka). */
package news.enrich.consume;
