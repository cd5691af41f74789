package news.ingest.extract;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The post's author as WordPress marks them in the comments: {@code comment_class()} gives a comment written by the
 * post's author the class {@code bypostauthor}, and its name element ({@code .fn}, or the {@code .comment-author}
 * block of themes without one) shows the author's display name. Read only when no source names anyone: a deal or
 * blog post whose theme prints no byline is often answered by its author below.
 */
final class PostAuthorCommentReader {

	/** A display name is a few words; a longer text is the comment's header with its date and labels. */
	private static final int MAX_NAME_CHARS = 60;

	List<String> read(Element body) {
		Element comment = body.selectFirst(".bypostauthor");
		if (comment == null) {
			return List.of();
		}
		Element name = comment.selectFirst(".fn");
		if (name == null) {
			name = comment.selectFirst(".comment-author");
		}
		String text = (name != null) ? TextNormalizer.collapse(name.text()) : "";
		return (text.isEmpty() || text.length() > MAX_NAME_CHARS) ? List.of() : List.of(text);
	}

}
