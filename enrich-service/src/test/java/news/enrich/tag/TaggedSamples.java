package news.enrich.tag;

import java.util.List;

import news.events.CountryTag;
import news.events.Figure;
import news.events.PersonTag;

/** One tagger for the tag tests, and what it finds in a sample text, reduced to what the tests compare. */
final class TaggedSamples {

	static final ArticleTagger TAGGER = new ArticleTagger();

	private TaggedSamples() {
	}

	static List<String> countries(String body) {
		return TAGGER.tag(null, body).countries().stream().map(CountryTag::code).toList();
	}

	static List<String> people(String body) {
		return TAGGER.tag(null, body).people().stream().map(PersonTag::name).toList();
	}

	static List<Figure> figures(String body) {
		return TAGGER.tag(null, body).figures();
	}
}
