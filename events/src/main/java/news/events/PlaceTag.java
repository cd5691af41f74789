package news.events;

/**
 * A place that is not a country (city, capital, state, region, sea). Naming a city does not by itself mean the
 * article is about its country, so places are kept apart from the country tags.
 *
 * @param name as the text writes it
 * @param country ISO 3166-1 alpha-2 code of the country it lies in; null for places across borders (seas, regions)
 * @param mentions how often the text names it
 */
public record PlaceTag(String name, String country, int mentions) {
}
