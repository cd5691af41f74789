package news.search.stream;

import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * Where a subscriber is in the stream: the indexing time and id of the last article it received. As an event id
 * it reads {@code <indexedAt epoch millis>-<article id>}.
 */
public record StreamPosition(Instant indexedAt, String id) {

	public static StreamPosition of(Instant indexedAt, String id) {
		return new StreamPosition(Instant.ofEpochMilli(indexedAt.toEpochMilli()), id);
	}

	/** @throws IllegalArgumentException when {@code eventId} is not one this service sent */
	public static StreamPosition parse(String eventId) {
		int dash = eventId.indexOf('-');
		try {
			if (dash < 1 || dash == eventId.length() - 1) {
				throw new NumberFormatException();
			}
			return new StreamPosition(Instant.ofEpochMilli(Long.parseLong(eventId.substring(0, dash))),
					eventId.substring(dash + 1));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Last-Event-ID must look like 1753797602123-<article id>");
		}
	}

	public String eventId() {
		return this.indexedAt.toEpochMilli() + "-" + this.id;
	}

	List<FieldValue> searchAfter() {
		return List.of(FieldValue.of(this.indexedAt.toEpochMilli()), FieldValue.of(this.id));
	}
}
