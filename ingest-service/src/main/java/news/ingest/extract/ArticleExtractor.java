package news.ingest.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Extracts an article from the bytes of a fetched HTML page: metadata from JSON-LD, meta tags and markup, the body
 * as plain-text paragraphs, the language as declared or, where none is or a long body plainly contradicts it,
 * detected. Thread-safe; build once and reuse, as building loads the language model.
 */
public final class ArticleExtractor {

	private final PageDecoder decoder = new PageDecoder();

	private final LanguageIdentifier languages = new LanguageIdentifier();

	private final MetadataExtractor metadata = new MetadataExtractor(this.languages);

	private final ArticleBodyExtractor bodies = new ArticleBodyExtractor();

	private final PageClassifier classifier = new PageClassifier();

	/**
	 * The declared text replaces the page's when it is this many times longer, and longer by {@link
	 * #MIN_DECLARED_GAIN} characters: the page renders its article by script, or shows a part of it.
	 */
	private static final int DECLARED_BODY_FACTOR = 2;

	private static final int MIN_DECLARED_GAIN = 300;

	/**
	 * @param html the page bytes as fetched
	 * @param contentTypeCharset the charset of the HTTP {@code Content-Type} header, or null to sniff it
	 * @param pageUrl the URL the page was fetched from, for relative links and as a date source
	 * @param fetchedAt when the page was fetched; later publication dates are rejected
	 */
	public ExtractedPage extract(byte[] html, String contentTypeCharset, String pageUrl, Instant fetchedAt) {
		Document page = this.decoder.decode(html, contentTypeCharset, pageUrl);
		// Gathered once for the readers of the untouched page; the body extractor cuts the page up afterwards.
		PageElements elements = PageElements.of(page);
		PageMetadata meta = this.metadata.extract(elements, pageUrl, fetchedAt);
		PageSignals signals = this.classifier.signals(elements);
		String body = this.bodies.extract(page, meta.title(), meta.authors());
		if (body.isBlank() && signals.noscriptArticle()) {
			body = this.bodies.extract(withNoscriptCopies(this.decoder.decode(html, contentTypeCharset, pageUrl)),
					meta.title(), meta.authors());
		}
		if (body.isBlank()) {
			body = this.bodies.extractCommentPosts(this.decoder.decode(html, contentTypeCharset, pageUrl), meta.title(),
					meta.authors());
		}
		if (body.length() < PageClassifier.NO_ARTICLE_CHARS && signals.javaScriptShell()) {
			String consented = this.bodies.extract(withCommentedCopies(this.decoder.decode(html, contentTypeCharset,
					pageUrl)), meta.title(), meta.authors());
			body = (consented.length() > body.length()) ? consented : body;
		}
		body = withDeclaredBody(body, meta);
		Map<String, String> sources = new LinkedHashMap<>(meta.sources());
		String language = meta.language();
		String detected = (language == null) ? this.languages.detect(body)
				: this.languages.contradicting(language, body);
		if (detected != null) {
			language = detected;
			sources.put("language", "detected");
		}
		// The untouched page's text decides only next to a short body (one page in fifty); the page is cut up by
		// then, so it is decoded again for those rather than its text built for every page.
		PageClassifier.Outcome outcome = this.classifier.classify(signals, body,
				() -> PageClassifier.visibleText(this.decoder.decode(html, contentTypeCharset, pageUrl)));
		return new ExtractedPage(meta.title(), meta.authors(), meta.published(), language, meta.canonicalUrl(),
				meta.siteName(), body, outcome.status(), outcome.reason(), sources);
	}

	/**
	 * The article text from the page's structured data (JSON-LD {@code articleBody}) where the page shows far less
	 * of it: sites rendering the article by script print it there for search engines.
	 */
	private String withDeclaredBody(String body, PageMetadata meta) {
		String declared = meta.declaredBody();
		int wanted = DECLARED_BODY_FACTOR * body.length() + MIN_DECLARED_GAIN;
		// The raw length bounds the written one: most pages are spared the parse.
		if (declared == null || declared.length() < wanted) {
			return body;
		}
		String text = this.bodies.extractDeclared(declared, body, meta.title(), meta.authors());
		return (text.length() < wanted) ? body : text;
	}

	/**
	 * The page with the article markup it holds in HTML comments uncommented, as a script does once the reader
	 * consents to an embed (a consent manager keeps the article's markup commented out until then), for a page that
	 * asks for JavaScript and shows next to no text. Comments holding no article (old templates, conditional
	 * comments for old browsers) stay comments.
	 */
	private static Document withCommentedCopies(Document page) {
		List<Comment> comments = new ArrayList<>();
		page.body().traverse((node, depth) -> {
			if (node instanceof Comment comment) {
				comments.add(comment);
			}
		});
		for (Comment comment : comments) {
			Element markup = Jsoup.parseBodyFragment(comment.getData(), page.location()).body();
			if (PageClassifier.isArticleCopy(markup)) {
				for (Node node : new ArrayList<>(markup.childNodes())) {
					comment.before(node);
				}
				comment.remove();
			}
		}
		return page;
	}

	/**
	 * The page with its {@code <noscript>} copies of the article shown, as a browser without JavaScript shows them,
	 * for a page whose text is otherwise only in scripts. Decoded again: the first extraction cut the page up.
	 */
	private static Document withNoscriptCopies(Document page) {
		for (Element noscript : page.getElementsByTag("noscript")) {
			if (PageClassifier.isArticleCopy(noscript)) {
				noscript.unwrap();
			}
		}
		return page;
	}

}
