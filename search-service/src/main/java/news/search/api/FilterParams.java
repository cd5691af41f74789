package news.search.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import news.events.Figure;
import news.search.query.ArticleFilters;
import news.search.query.FigureFilter;

/**
 * The filter parameters shared by {@code /api/search} and {@code /api/stream}, read from the query string
 * ({@link FilterParamsResolver}), and their checks: every refusal is a 400 problem that names the parameter.
 */
record FilterParams(String q, List<String> country, String countryMode, List<String> person, List<String> site,
		List<String> language, String from, String to, String unit, String kind, String minValue, String maxValue) {

	static final int MAX_QUERY_LENGTH = 1_000;

	/** Per repeatable parameter: more than a person would click, few enough to keep the query cheap. */
	static final int MAX_VALUES = 20;

	/**
	 * @param query a parameter's values in the query string, null when absent. Country and language codes may
	 * also come comma-separated ({@code country=TR,KZ}); names never are split, since a site's name may hold a comma.
	 */
	static FilterParams of(Function<String, String[]> query) {
		return new FilterParams(first(query, "q"), codes(query, "country"), first(query, "countryMode"),
				all(query, "person"), all(query, "site"), codes(query, "language"), first(query, "from"),
				first(query, "to"), first(query, "unit"), first(query, "kind"), first(query, "minValue"),
				first(query, "maxValue"));
	}

	private static String first(Function<String, String[]> query, String name) {
		String[] values = query.apply(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	private static List<String> all(Function<String, String[]> query, String name) {
		String[] values = query.apply(name);
		return values == null ? null : List.of(values);
	}

	private static List<String> codes(Function<String, String[]> query, String name) {
		String[] values = query.apply(name);
		return values == null ? null : Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).toList();
	}

	ArticleFilters toFilters() {
		if (this.q != null && this.q.length() > MAX_QUERY_LENGTH) {
			throw new BadRequestException("q is longer than " + MAX_QUERY_LENGTH + " characters");
		}
		Instant fromInstant = instant("from", this.from);
		Instant toInstant = instant("to", this.to);
		if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
			throw new BadRequestException("from must be before to");
		}
		return new ArticleFilters(this.q,
				values("country", this.country).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(), mode(),
				values("person", this.person), values("site", this.site),
				values("language", this.language).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(), fromInstant,
				toInstant, figures());
	}

	private ArticleFilters.Mode mode() {
		if (this.countryMode == null || this.countryMode.isBlank()) {
			return ArticleFilters.Mode.ANY;
		}
		try {
			return ArticleFilters.Mode.valueOf(this.countryMode.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("countryMode must be any or all");
		}
	}

	private FigureFilter figures() {
		Double min = number("minValue", this.minValue);
		Double max = number("maxValue", this.maxValue);
		if (min != null && max != null && min > max) {
			throw new BadRequestException("minValue must not be greater than maxValue");
		}
		String figureUnit = this.unit == null || this.unit.isBlank() ? null : this.unit.strip();
		if (figureUnit != null && figureUnit.length() > 50) {
			throw new BadRequestException("unit is longer than 50 characters");
		}
		return new FigureFilter(figureUnit, figureKind(), min, max);
	}

	private Figure.Kind figureKind() {
		if (this.kind == null || this.kind.isBlank()) {
			return null;
		}
		try {
			return Figure.Kind.valueOf(this.kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("kind must be one of money, percent, measure, count");
		}
	}

	private static List<String> values(String name, List<String> values) {
		if (values == null) {
			return List.of();
		}
		List<String> present = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
		if (present.size() > MAX_VALUES) {
			throw new BadRequestException("at most " + MAX_VALUES + " values of " + name);
		}
		return present;
	}

	private static Double number(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			double number = Double.parseDouble(value.strip());
			if (!Double.isFinite(number)) {
				throw new NumberFormatException();
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(name + " must be a number (5000000000 or 5e9)");
		}
	}

	/** Accepts a day (2025-07-29, meaning its start in UTC) or an instant (2025-07-29T13:00:00Z). */
	private static Instant instant(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
					: Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(name + " must be a date (2025-07-29) or an instant (2025-07-29T13:00:00Z)");
		}
	}
}
