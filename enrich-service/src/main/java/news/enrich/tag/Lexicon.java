package news.enrich.tag;

import java.util.Set;

import news.names.GivenNames;

/** Vocabularies that more than one tagger consults, loaded once. */
public final class Lexicon {

	private final Tokenizer tokenizer;

	private final Set<String> titles;

	private final Set<String> functionWords;

	private final Set<String> calendarWords;

	private final Set<String> organisationWords;

	private final Set<String> places = new java.util.HashSet<>();

	public Lexicon() {
		this.tokenizer = new Tokenizer(TagResources.words("abbreviations.txt"));
		this.titles = TagResources.lowerCaseWords("person-titles.txt");
		this.functionWords = TagResources.lowerCaseWords("function-words.txt");
		this.calendarWords = TagResources.words("calendar-words.txt");
		this.organisationWords = TagResources.words("organisation-words.txt");
		for (String[] row : TagResources.rows("places.tsv")) {
			if (row[0].indexOf(' ') < 0) {
				this.places.add(row[0]);
			}
		}
	}

	public Tokenizer tokenizer() {
		return this.tokenizer;
	}

	/** A common given name, as written ("Michael", "Kassym"). */
	public boolean isGivenName(Token token) {
		return GivenNames.contains(token.text());
	}

	/**
	 * A title or role that may stand before a name ("President", "spokesperson", "Dr."),
	 * in any case.
	 */
	public boolean isTitle(Token token) {
		return this.titles.contains(token.lower());
	}

	/**
	 * A closed-class word (article, preposition, pronoun, auxiliary, connective).
	 * Capitalised forms count only where a capital says nothing: at the start of a
	 * sentence, and "The".
	 */
	public boolean isFunctionWord(TokenizedText text, int index) {
		Token token = text.token(index);
		return this.functionWords.contains(token.lower())
				&& (!token.isCapitalised() || text.startsSentence(index) || "the".equals(token.lower()));
	}

	/** A month or weekday, or its abbreviation ("Dec."), as written. */
	public boolean isCalendarWord(Token token) {
		return this.calendarWords.contains(token.text());
	}

	/**
	 * A capitalised word that marks an organisation, place or event ("Council",
	 * "Corridor", "University"), so a capitalised phrase holding it is not a person.
	 */
	public boolean isOrganisationWord(Token token) {
		return this.organisationWords.contains(token.text());
	}

	/** A one-word place that is not a country ("Texas", "Ankara"), as written. */
	public boolean isPlace(Token token) {
		return this.places.contains(token.text());
	}

}
