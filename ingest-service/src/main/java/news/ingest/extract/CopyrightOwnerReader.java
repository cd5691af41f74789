package news.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import news.names.GivenNames;

/**
 * The person holding the copyright of the page, read only when no source names anyone: personal sites and blogs
 * whose theme prints no byline sign their footer ("Copyright (c) 2012- Jane Doe. All rights reserved.", "(c) Jane
 * Doe • Impressum", "© 2019 Jane Doe" under the text). Only the page's last copyright line counts, and only a
 * person's name written in full there: two or three capitalised words that end the statement, the first a common
 * given name. Publishers and organisations hold most copyright lines ("© 2020 Acme Media GmbH", "© Deutscher
 * Turner-Bund", "© The Liberty Times"), and captions credit photographers ("© Jane Doe" under a picture), so those
 * are passed over.
 */
final class CopyrightOwnerReader {

	/** A capitalised word of a name, not an upper-case abbreviation ("Jane", "Müller-Lüdenscheidt", "O'Neil"). */
	private static final String NAME_WORD = "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*";

	private static final String YEARS = "\\d{4}(?:\\s*[-–]\\s*(?:\\d{4})?)?";

	/**
	 * A text opening with a copyright mark and the years, or with the years and "by" (a licence line's "(CC BY-SA)
	 * 2006-2008 by Jane Doe"), then two or three name words ending the statement: the text's end, a full stop, a
	 * separator ("|", "•", "-"); not a comma, which goes on to a company or a second holder ("Jane Doe, Inc."). A
	 * mark inside a text is a credit ("Foto © Jane Doe").
	 */
	private static final Pattern COPYRIGHT_LINE = Pattern.compile("(?:(?:©|\\([cC]\\)|(?i:copyright))"
			+ "(?:\\s*(?:©|\\([cC]\\)))?(?:\\s*" + YEARS + ")?\\s*(?:(?i:by)\\s+)?|[)\\s]*" + YEARS
			+ "\\s+(?i:by)\\s+)(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2})\\s*(?:$|[.|•·–]|-\\s)");

	/** Elements whose copyright notes credit a picture, not the page. */
	private static final List<String> CAPTION_TAGS = List.of("figure", "figcaption", "picture");

	List<String> read(Element body) {
		String[] owner = new String[1];
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (!(node instanceof TextNode text)) {
					return;
				}
				String raw = text.getWholeText();
				boolean marked = hasCopyrightMark(raw);
				if (marked || startsWithYear(raw)) {
					Matcher line = COPYRIGHT_LINE.matcher(TextNormalizer.collapse(text.text()));
					if (line.lookingAt() && !isInCaption(text) && GivenNames.startsWithOne(line.group(1))) {
						owner[0] = line.group(1);
					}
					// Every mention replaces the one before: the page's own line is the last, below its pictures' credits.
					else if (marked) {
						owner[0] = null;
					}
				}
			}
		}, body);
		return (owner[0] != null) ? List.of(owner[0]) : List.of();
	}

	/** Cheap tests before the pattern: most text nodes hold no copyright mark and start with no year. */
	private static boolean startsWithYear(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c != ')' && !Character.isWhitespace(c)) {
				return c >= '0' && c <= '9';
			}
		}
		return false;
	}

	private static boolean hasCopyrightMark(String raw) {
		return raw.indexOf('©') >= 0 || raw.contains("(c)") || raw.contains("(C)")
				// "Copyright", "copyright", "COPYRIGHT" without lower-casing every text of the page.
				|| raw.contains("opyright") || raw.contains("OPYRIGHT");
	}

	/** Inside a figure or an element classed as a caption: a picture's credit. */
	static boolean isInCaption(TextNode text) {
		for (Element e = text.parentElement(); e != null; e = e.parent()) {
			if (CAPTION_TAGS.contains(e.normalName()) || ClassWords.of(e).stream().anyMatch((w) -> w.contains("caption"))) {
				return true;
			}
		}
		return false;
	}

}
