package news.enrich.tag;

import java.util.List;

import news.events.CountryTag;
import news.events.Figure;
import news.events.PersonTag;
import news.events.PlaceTag;

/** What {@link ArticleTagger} found in an article. */
public record Tags(List<CountryTag> countries, List<PersonTag> people, List<Figure> figures,
		List<PlaceTag> places) {

	public Tags {
		countries = List.copyOf(countries);
		people = List.copyOf(people);
		figures = List.copyOf(figures);
		places = List.copyOf(places);
	}

}
