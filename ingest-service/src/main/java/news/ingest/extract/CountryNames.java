package news.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names of the world's countries in the languages news pages are written in most, as the JDK's locale data
 * spells them ("Germany", "Deutschland", "Allemagne"): a list of names closing with one is an address.
 */
final class CountryNames {

	private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl");

	private static final Set<String> NAMES = names();

	private CountryNames() {
	}

	static boolean contains(String text) {
		return NAMES.contains(TextNormalizer.collapse(text).toLowerCase(Locale.ROOT));
	}

	private static Set<String> names() {
		Set<String> names = new HashSet<>();
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale.Builder().setRegion(code).build();
			for (String language : LANGUAGES) {
				names.add(country.getDisplayCountry(Locale.forLanguageTag(language)).toLowerCase(Locale.ROOT));
			}
		}
		return Set.copyOf(names);
	}

}
