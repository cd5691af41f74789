package news.enrich.tag.person;

import java.util.Set;

import news.enrich.tag.TagResources;
import news.enrich.tag.Token;

/** Words that only the person tagger consults. */
final class PersonVocabulary {

	private final Set<String> reportingVerbs = TagResources.words("reporting-verbs.txt");

	private final Set<String> particles = TagResources.words("name-particles.txt");

	private final Set<String> creditWords = TagResources.words("credit-words.txt");

	private final Set<String> placePrepositions = TagResources.words("place-prepositions.txt");

	/** "said", "told": after a capitalised phrase, the phrase names a speaker. */
	boolean isReportingVerb(Token token) {
		return this.reportingVerbs.contains(token.text());
	}

	/** "von", "da", "bin": lower-case words inside a name. */
	boolean isParticle(Token token) {
		return this.particles.contains(token.text());
	}

	/**
	 * "Photo", "Reuters", "Agencies": credits and bylines name no person of the story.
	 */
	boolean isCreditWord(Token token) {
		return this.creditWords.contains(token.text());
	}

	/**
	 * "in", "from": before a capitalised pair, these point to a place rather than a
	 * person.
	 */
	boolean isPlacePreposition(Token token) {
		return this.placePrepositions.contains(token.text());
	}

}
