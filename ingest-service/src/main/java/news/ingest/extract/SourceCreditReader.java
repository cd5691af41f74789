package news.ingest.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The editor a German news text's source line signs with the newsroom ("Quelle: RADIO NORD/ab", "Quelle:
 * nordnachrichten.de/cd": the desk and the initials of the editor who wrote it), read only when nothing else names an
 * author. A source line without an editor's initials names where the content came from ("Quelle: Deutscher
 * Jagdverband", a press release), not who wrote it; a page crediting several sources credits parts of its text;
 * captions credit pictures, and a credit beside other text is no line of its own.
 */
final class SourceCreditReader {

	/** The whole text of an element: the label, a short name and the editor's lower-case initials after a slash. */
	private static final Pattern SOURCE_LINE = Pattern.compile("Quelle\\s*:\\s*(\\S.{0,59}/\\p{Ll}{2,3})");

	private static final String LABEL = "Quelle";

	List<String> read(Element body) {
		Set<String> sources = new LinkedHashSet<>();
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text && text.text().stripLeading().startsWith(LABEL)
						&& text.parent() != null) {
					Element line = text.parent();
					Matcher credit = SOURCE_LINE.matcher(TextNormalizer.collapse(line.text()));
					if (credit.matches() && !CopyrightOwnerReader.isInCaption(text)
							&& !BylineReader.isOutsideArticle(line)) {
						sources.add(credit.group(1).strip());
					}
				}
			}
		}, body);
		return (sources.size() == 1) ? List.copyOf(sources) : List.of();
	}

}
