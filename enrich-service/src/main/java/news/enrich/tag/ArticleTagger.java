package news.enrich.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import news.enrich.tag.country.CountryMentions;
import news.enrich.tag.country.CountryTagger;
import news.enrich.tag.figure.FigureTagger;
import news.enrich.tag.person.PersonTagger;
import news.enrich.tag.place.PlaceTagger;
import news.events.Figure;
import news.events.PersonTag;

/**
 * Tags an article with the countries, people and figures it names. Building one loads
 * every vocabulary; the instance is immutable and thread-safe, so build it once and share
 * it.
 */
public final class ArticleTagger {

	private final Tokenizer tokenizer;

	private final CountryTagger countries;

	private final PersonTagger people;

	private final FigureTagger figures;

	private final PlaceTagger places;

	public ArticleTagger() {
		Lexicon lexicon = new Lexicon();
		this.tokenizer = lexicon.tokenizer();
		this.countries = new CountryTagger(lexicon);
		this.people = new PersonTagger(lexicon);
		this.figures = new FigureTagger(lexicon);
		this.places = new PlaceTagger(lexicon);
	}

	/**
	 * @param title the headline, or null; it is tagged with the body, as its first
	 * paragraph
	 * @param body the article text, paragraphs separated by line breaks; null is taken
	 * for empty
	 */
	public Tags tag(String title, String body) {
		return run(text(title, body), new ArrayList<>());
	}

	/**
	 * Tags as {@link #tag} does and also returns where each country, person and figure is
	 * mentioned.
	 */
	public TaggedText analyse(String title, String body) {
		String text = text(title, body);
		List<Mention> mentions = new ArrayList<>();
		Tags tags = run(text, mentions);
		mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
		return new TaggedText(text, tags, mentions);
	}

	private static String text(String title, String body) {
		String article = (body != null) ? body : "";
		return (title == null || title.isBlank()) ? article : title + "\n\n" + article;
	}

	private Tags run(String text, List<Mention> mentions) {
		TokenizedText tokens = this.tokenizer.tokenize(text);
		CountryMentions mentioned = this.countries.tag(tokens, mentions);
		List<PersonTag> people = this.people.tag(tokens, mentioned, mentions);
		List<Figure> figures = this.figures.tag(tokens, mentions);
		// A place is kept apart from the countries: a city does not by itself name its country.
		this.places.tag(tokens, mentioned, mentions);
		return new Tags(MentionSummary.withAbout(mentioned.tags(), mentions, text), people, figures,
				MentionSummary.places(mentions));
	}

}
