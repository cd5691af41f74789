package news.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Removes the box a site sets inside the article for its own appeal (to fund it, subscribe to it, follow it): a
 * heading, a line or two of pitch and the terms ("cancel any time"), of which one line asks in words the writer
 * knows ({@link ExtractionRules#SELF_PROMOTION}). The box goes whole, as its other lines are the same appeal in words
 * of the site's own.
 */
final class AppealBoxes {

	/** A box of appeal is a few lines; a longer block around the line holds article text as well. */
	private static final int MAX_BOX_CHARS = 700;

	/** ... and at most this share of the content: a short post is not an appeal however it ends. */
	private static final double MAX_BOX_SHARE = 0.3;

	private AppealBoxes() {
	}

	static void remove(List<Element> content) {
		Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
		roots.addAll(content);
		int contentChars = 0;
		List<Element> cued = new ArrayList<>();
		for (Element root : content) {
			String text = root.text();
			contentChars += text.length();
			// Most content holds no appeal's cue word: its lines are then not read one by one.
			if (ExtractionRules.SELF_PROMOTION.hasCue(CuedPattern.fold(text))) {
				cued.add(root);
			}
		}
		for (Element root : cued) {
			for (Element line : root.getAllElements()) {
				// Lines of a box already removed climb to it and stop there: nothing more is removed.
				if (line != root && isAppealLine(line)) {
					Element box = box(line, roots, contentChars);
					if (box != line) {
						box.remove();
					}
				}
			}
		}
	}

	private static boolean isAppealLine(Element element) {
		if (!ExtractionRules.BLOCK_TAGS.contains(element.normalName()) || holdsBlock(element)) {
			return false;
		}
		String text = element.text();
		return !text.isEmpty() && BodyTextWriter.isSiteAppeal(text, CuedPattern.fold(text));
	}

	/**
	 * The widest block around the line that is still small, short of the content elements themselves: the line
	 * itself when it stands among the article's paragraphs (the writer then drops it alone).
	 */
	private static Element box(Element line, Set<Element> roots, int contentChars) {
		Element box = line;
		for (Element parent = line.parent(); parent != null && !roots.contains(parent); parent = parent.parent()) {
			int chars = parent.text().length();
			if (chars > MAX_BOX_CHARS || chars > contentChars * MAX_BOX_SHARE) {
				break;
			}
			box = parent;
		}
		return box;
	}

	/** A line is a block holding no other (line breaks aside). */
	private static boolean holdsBlock(Element element) {
		for (Element child : element.children()) {
			if (ExtractionRules.BLOCK_TAGS.contains(child.normalName()) && !child.normalName().equals("br")) {
				return true;
			}
		}
		return false;
	}

}
