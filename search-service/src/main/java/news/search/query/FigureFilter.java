package news.search.query;

import news.events.Figure;

/**
 * Conditions on one figure (a nested fact): an article matches when at least one of its figures meets all of
 * them, so {@code unit=USD&minValue=1e9} never matches an article with $5 and 2 billion people.
 *
 * @param unit exact unit: ISO 4217 code ("USD"), "%", a measure unit or the counted noun ("company"); null for any
 * @param kind MONEY, PERCENT, MEASURE or COUNT; null for any
 * @param minValue value at least this; null for no bound
 * @param maxValue value at most this; null for no bound
 */
public record FigureFilter(String unit, Figure.Kind kind, Double minValue, Double maxValue) {

	public static final FigureFilter NONE = new FigureFilter(null, null, null, null);

	public boolean isEmpty() {
		return this.unit == null && this.kind == null && this.minValue == null && this.maxValue == null;
	}
}
