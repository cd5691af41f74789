package news.enrich.tag.country;

/**
 * What a gazetteer phrase refers to.
 *
 * @param code ISO 3166-1 alpha-2 (or ISO 3166-3 for former states); null for a blocking
 * phrase that contains a country name but names something else ("South America", "Indian
 * Ocean")
 * @param name English short name
 * @param demonym whether the phrase is a demonym or adjective ("Kazakh") rather than a
 * name ("Kazakhstan")
 */
record CountryReference(String code, String name, boolean demonym) {

	static final CountryReference BLOCKED = new CountryReference(null, null, false);

	boolean isCountry() {
		return this.code != null;
	}

}
