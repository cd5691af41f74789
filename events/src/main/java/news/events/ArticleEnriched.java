package news.events;

import java.time.Instant;
import java.util.List;

/**
 * An article was tagged: the payload of the enriched topic that anyone may subscribe to.
 *
 * @param enrichmentVersion version of the taggers that produced the tags, so consumers can tell re-enriched
 * articles apart
 */
public record ArticleEnriched(int schemaVersion, String enrichmentVersion, Instant enrichedAt, Article article,
		List<CountryTag> countries, List<PersonTag> people, List<Figure> figures, List<PlaceTag> places) {

	public static final int SCHEMA_VERSION = 1;

	public ArticleEnriched {
		countries = List.copyOf(countries);
		people = List.copyOf(people);
		figures = List.copyOf(figures);
		// Optional within schema version 1: events written before places existed have none.
		places = places == null ? List.of() : List.copyOf(places);
	}

	public ArticleEnriched(String enrichmentVersion, Instant enrichedAt, Article article, List<CountryTag> countries,
			List<PersonTag> people, List<Figure> figures, List<PlaceTag> places) {
		this(SCHEMA_VERSION, enrichmentVersion, enrichedAt, article, countries, people, figures, places);
	}

	public ArticleEnriched(String enrichmentVersion, Instant enrichedAt, Article article, List<CountryTag> countries,
			List<PersonTag> people, List<Figure> figures) {
		this(enrichmentVersion, enrichedAt, article, countries, people, figures, List.of());
	}
}
