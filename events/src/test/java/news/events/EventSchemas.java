package news.events;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates event JSON against the committed schemas. Shipped in the test-jar so every service can check the
 * events it really produces, not hand-written samples.
 */
public final class EventSchemas {

	private static final String BASE = "https://news-pipeline.local/schemas/";

	private static final Map<Class<?>, String> FILES = Map.of(ArticleSubmitted.class,
			"article-submitted.v1.schema.json", ArticleExtracted.class, "article-extracted.v1.schema.json",
			ArticleEnriched.class, "article-enriched.v1.schema.json", ArticleStatusChanged.class,
			"article-status-changed.v1.schema.json");

	private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
			builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:schemas/")));

	private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
		.formatAssertionsEnabled(true)
		.build();

	private EventSchemas() {
	}

	/** @return the violations, empty when {@code json} is a valid {@code type} event */
	public static Set<String> violations(Class<?> type, String json) {
		JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + FILES.get(type)), CONFIG);
		Set<ValidationMessage> messages = schema.validate(json, InputFormat.JSON);
		return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
	}
}
