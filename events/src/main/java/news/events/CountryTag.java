package news.events;

/**
 * A country the article refers to.
 *
 * @param code ISO 3166-1 alpha-2 code
 * @param name English short name
 * @param mentions how often the text names it (by name, alias or demonym)
 */
public record CountryTag(String code, String name, int mentions) {
}
