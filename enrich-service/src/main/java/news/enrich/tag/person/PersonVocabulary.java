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

	private final Set<String> organisationNames = TagResources.words("organisation-names.txt");

	private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss",
			"sir", "dame", "lady", "lord");

	private static final Set<String> RELATIONS = Set.of("wife", "husband", "son", "daughter", "brother", "sister",
			"mother", "father", "widow", "widower", "partner", "fiancée", "fiance", "fiancé", "girlfriend",
			"boyfriend", "grandson", "granddaughter", "nephew", "niece", "uncle", "aunt", "cousin");

	/** "Mr.", "Dr.": a title that may stand before a surname alone ("Mr. Kent"). */
	boolean isHonorific(Token token) {
		return HONORIFICS.contains(token.lower());
	}

	/** "wife", "son": before a name, a family relation cues a person. */
	boolean isRelation(Token token) {
		return RELATIONS.contains(token.lower());
	}

	/**
	 * A company or brand named after people ("Goldman Sachs", "Philip Morris"), as
	 * written.
	 */
	boolean isOrganisationName(String phrase) {
		return this.organisationNames.contains(phrase);
	}

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
