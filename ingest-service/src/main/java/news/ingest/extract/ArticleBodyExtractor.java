package news.ingest.extract;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article body from a parsed page: strips non-text and furniture, locates the content container and
 * writes its paragraphs. Works on the document in place, so callers hand it a page they no longer need.
 */
final class ArticleBodyExtractor {

	private final BoilerplateRemover boilerplate = new BoilerplateRemover();

	private final MainContentLocator locator = new MainContentLocator();

	private final BodyTextWriter writer = new BodyTextWriter();

	/** {@code authors} are the names found in the metadata; lines naming them alone are bylines, not text. */
	String extract(Document page, String title, List<String> authors) {
		Element body = page.body();
		ElementText text = this.boilerplate.removeNonText(body);
		this.boilerplate.removeFurniture(body, text.proseChars());
		List<Element> content = this.locator.locate(body);
		return this.writer.write(content, title, authors);
	}

}
