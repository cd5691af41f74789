package news.enrich.tag.country;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import news.enrich.tag.PhraseMatcher;
import news.enrich.tag.TagResources;
import news.enrich.tag.Tokenizer;

/**
 * Country names, aliases and demonyms from {@code tag/countries.tsv}, phrases that block
 * them from {@code tag/country-blockers.txt}, and words near an ambiguous name that veto
 * it from {@code tag/country-vetoes.tsv}.
 */
final class CountryGazetteer {

	private static final int CODE = 0;

	private static final int NAME = 1;

	private static final int ALIASES = 2;

	private static final int DEMONYMS = 3;

	private final PhraseMatcher<CountryReference> phrases;

	private final Map<String, Set<String>> vetoes = new HashMap<>();

	private final Map<String, CountryReference> byPhrase = new HashMap<>();

	CountryGazetteer(Tokenizer tokenizer) {
		PhraseMatcher.Builder<CountryReference> builder = PhraseMatcher.builder(tokenizer, false);
		for (String[] row : TagResources.rows("countries.tsv")) {
			CountryReference byName = new CountryReference(row[CODE], row[NAME], false);
			CountryReference byDemonym = new CountryReference(row[CODE], row[NAME], true);
			builder.add(row[NAME], byName);
			this.byPhrase.putIfAbsent(row[NAME], byName);
			for (String alias : cells(row, ALIASES)) {
				builder.add(alias, byName);
				this.byPhrase.putIfAbsent(alias, byName);
			}
			for (String demonym : cells(row, DEMONYMS)) {
				builder.add(demonym, byDemonym);
				builder.add(plural(demonym), byDemonym);
				this.byPhrase.putIfAbsent(demonym, byDemonym);
			}
		}
		for (String blocker : TagResources.lines("country-blockers.txt")) {
			builder.add(blocker, CountryReference.BLOCKED);
		}
		this.phrases = builder.build();
		for (String[] row : TagResources.rows("country-vetoes.tsv")) {
			this.vetoes.put(row[0], Set.of(row[1].toLowerCase(Locale.ROOT).split("\\|")));
		}
	}

	/** The country a name, alias or demonym refers to, written exactly, or null. */
	CountryReference byPhrase(String phrase) {
		return this.byPhrase.get(phrase);
	}

	PhraseMatcher<CountryReference> phrases() {
		return this.phrases;
	}

	/**
	 * Lower-case words that, next to the country's name, mean something else by it (US
	 * cues for Georgia).
	 */
	Set<String> vetoes(String code) {
		return this.vetoes.getOrDefault(code, Set.of());
	}

	private static String[] cells(String[] row, int column) {
		return (row.length > column && !row[column].isEmpty()) ? row[column].split("\\|") : new String[0];
	}

	/**
	 * "Kazakhs", "Americans"; forms that are not words ("Frenchs") are harmless since
	 * they never occur.
	 */
	private static String plural(String demonym) {
		boolean invariable = demonym.endsWith("s") || demonym.endsWith("sh") || demonym.endsWith("ese");
		return invariable ? demonym : demonym + "s";
	}

}
