package news.enrich.tag.country;

import java.util.BitSet;
import java.util.List;

import news.events.CountryTag;

/**
 * The countries an article names, and which of its tokens name them, so the person tagger
 * does not read "Kazakh" in "Kazakh President Kassym-Jomart Tokayev" as part of a name.
 */
public final class CountryMentions {

	private final List<CountryTag> tags;

	private final BitSet tokens;

	CountryMentions(List<CountryTag> tags, BitSet tokens) {
		this.tags = List.copyOf(tags);
		this.tokens = tokens;
	}

	/** One tag per country, the most mentioned first. */
	public List<CountryTag> tags() {
		return this.tags;
	}

	public boolean covers(int tokenIndex) {
		return this.tokens.get(tokenIndex);
	}

}
