package news.search.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch._types.FieldValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a page of results ended: the sort values of its last hit (Elasticsearch's {@code search_after}) and the
 * sort they belong to, as an opaque URL-safe token. Every sort ends with the article id, so the order is total
 * and paging by cursor neither repeats nor skips an article however deep it goes.
 */
public record SearchCursor(ArticleQuery.Sort sort, ArticleQuery.Order order, List<FieldValue> values) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public SearchCursor {
		values = List.copyOf(values);
	}

	public String token() {
		ObjectNode node = JSON.createObjectNode();
		node.put("s", this.sort.name().toLowerCase(Locale.ROOT));
		node.put("o", this.order.name().toLowerCase(Locale.ROOT));
		ArrayNode array = node.putArray("v");
		for (FieldValue value : this.values) {
			if (value.isLong()) {
				array.add(value.longValue());
			}
			else if (value.isDouble()) {
				array.add(value.doubleValue());
			}
			else if (value.isBoolean()) {
				array.add(value.booleanValue());
			}
			else if (value.isString()) {
				array.add(value.stringValue());
			}
			else {
				array.addNull();
			}
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
	}

	/** A sort value as JSON (in a token, or in a hit from Elasticsearch) as the client's search_after takes it. */
	static FieldValue value(JsonNode value) {
		return value.isIntegralNumber() ? FieldValue.of(value.longValue())
				: value.isNumber() ? FieldValue.of(value.doubleValue())
				: value.isBoolean() ? FieldValue.of(value.booleanValue())
				: value.isString() ? FieldValue.of(value.stringValue()) : FieldValue.NULL;
	}

	/** @throws IllegalArgumentException when the token was not made by {@link #token()} */
	public static SearchCursor parse(String token) {
		try {
			JsonNode node = JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
			List<FieldValue> values = new ArrayList<>();
			for (JsonNode value : node.required("v")) {
				values.add(value(value));
			}
			if (values.isEmpty()) {
				throw new IllegalArgumentException("empty cursor");
			}
			return new SearchCursor(ArticleQuery.Sort.valueOf(node.required("s").stringValue().toUpperCase(Locale.ROOT)),
					ArticleQuery.Order.valueOf(node.required("o").stringValue().toUpperCase(Locale.ROOT)), values);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException("cursor is not one this API returned", ex);
		}
	}
}
