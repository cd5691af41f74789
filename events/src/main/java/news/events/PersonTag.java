package news.events;

/**
 * A person the article names.
 *
 * @param name the fullest form of the name in the text, without titles or roles
 * @param mentions how often the text mentions the person, surname-only mentions included
 */
public record PersonTag(String name, int mentions) {
}
