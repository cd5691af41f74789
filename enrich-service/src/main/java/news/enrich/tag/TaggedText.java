package news.enrich.tag;

import java.util.List;

/**
 * The tags of an article with every mention behind them, for evaluation against
 * span-annotated corpora.
 *
 * @param text the text the offsets of {@code mentions} refer to
 * @param tags what {@link ArticleTagger#tag} returns
 * @param mentions in text order
 */
public record TaggedText(String text, Tags tags, List<Mention> mentions) {

	public TaggedText {
		mentions = List.copyOf(mentions);
	}

}
