package news.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the article body from a parsed page: strips non-text and furniture, locates the content container and
 * writes its paragraphs. Works on the document in place, so callers hand it a page they no longer need.
 */
final class ArticleBodyExtractor {

	private final BoilerplateRemover boilerplate = new BoilerplateRemover();

	private final MainContentLocator locator = new MainContentLocator();

	private final BodyTextWriter writer = new BodyTextWriter();

	/** Markup that sets paragraphs apart in an HTML {@code articleBody}; without it, line breaks do. */
	private static final Pattern PARAGRAPH_MARKUP = Pattern.compile("(?i)<(?:p|br|div|h[2-6]|li)\\b");

	/** A first paragraph this long that the declared text lacks is the article's lead, not a label. */
	private static final int MIN_LEAD_CHARS = 80;

	/** {@code authors} are the names found in the metadata; lines naming them alone are bylines, not text. */
	String extract(Document page, String title, List<String> authors) {
		return extract(page, title, authors, false);
	}

	/**
	 * The body of a page that had none, with blocks marked as comments kept as text: a forum whose software calls
	 * every post, the opening one too, a comment ({@code class="MtnComment"}).
	 */
	String extractCommentPosts(Document page, String title, List<String> authors) {
		return extract(page, title, authors, true);
	}

	private String extract(Document page, String title, List<String> authors, boolean commentsArePosts) {
		Element body = page.body();
		ElementText text = this.boilerplate.removeNonText(body);
		this.boilerplate.removeFurniture(body, text.proseChars(), commentsArePosts);
		List<Element> content = this.locator.locate(body);
		AppealBoxes.remove(content);
		return this.writer.write(content, title, authors);
	}

	/**
	 * The article text a page declares in its structured data (JSON-LD {@code articleBody}), written as paragraphs
	 * like the page's own: HTML paragraphs as blocks, plain text by its line breaks. The {@code shown} text's first
	 * paragraph of prose stays in front when the declared text lacks it (the lead is printed apart, as a standfirst;
	 * the shorter lines before it are kickers and labels).
	 */
	String extractDeclared(String declared, String shown, String title, List<String> authors) {
		String html = declared;
		if (!PARAGRAPH_MARKUP.matcher(html).find()) {
			// Some CMSs escape the markup once more ("&lt;p&gt;"); plain text sets paragraphs apart by line breaks.
			String unescaped = Parser.unescapeEntities(declared, false);
			html = PARAGRAPH_MARKUP.matcher(unescaped).find() ? unescaped : declared.replace("\n", "<br>");
		}
		Element body = Jsoup.parseBodyFragment(html).body();
		this.boilerplate.removeNonText(body);
		String text = this.writer.write(List.of(body), title, authors);
		String lead = shown.lines().filter((line) -> line.length() >= MIN_LEAD_CHARS).findFirst().orElse(null);
		return (lead != null && !text.contains(lead)) ? lead + "\n\n" + text : text;
	}

}
