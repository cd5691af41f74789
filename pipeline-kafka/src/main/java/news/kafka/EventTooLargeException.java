package news.kafka;

import news.events.InvalidEventException;

/** An event over the size limit: its consumers would refuse it, so it is not published. */
public class EventTooLargeException extends InvalidEventException {

	EventTooLargeException(String topic, int size, long limit) {
		super("event for " + topic + " of " + size + " bytes is over the event size limit of " + limit + " bytes");
	}
}
