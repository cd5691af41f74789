package news.events;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of every event. Readers refuse a payload whose {@code schemaVersion} they do not know, so a
 * record from a newer producer goes to the dead-letter topic instead of being half-understood.
 */
public final class EventJson {

	private static final Map<Class<?>, Integer> VERSIONS = Map.of(ArticleSubmitted.class,
			ArticleSubmitted.SCHEMA_VERSION, ArticleExtracted.class, ArticleExtracted.SCHEMA_VERSION,
			ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION, ArticleStatusChanged.class,
			ArticleStatusChanged.SCHEMA_VERSION);

	// Unknown fields are tolerated: a producer may add optional fields within a schema version.
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private EventJson() {
	}

	public static String write(Object event) {
		return MAPPER.writeValueAsString(event);
	}

	/**
	 * Reads an event of the given type.
	 * @throws InvalidEventException when the payload is not JSON, misses its schema version or has another one
	 */
	public static <T> T read(String json, Class<T> type) {
		Integer expected = VERSIONS.get(type);
		if (expected == null) {
			throw new IllegalArgumentException("Not an event type: " + type.getName());
		}
		try {
			JsonNode tree = MAPPER.readTree(json);
			JsonNode version = tree.get("schemaVersion");
			if (version == null || !version.isInt()) {
				throw new InvalidEventException(type.getSimpleName() + " without a schemaVersion");
			}
			if (version.intValue() != expected) {
				throw new InvalidEventException(
						type.getSimpleName() + " schemaVersion " + version.intValue() + " is not " + expected);
			}
			return MAPPER.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("Malformed " + type.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}
}
