package news.ingest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Visible text length of an element and how much of it sits inside links, from one walk of its subtree. */
record ElementText(int chars, int linkChars) {

	static ElementText of(Element element) {
		Counter counter = new Counter();
		element.traverse(counter);
		return counter.text();
	}

	/** Share of the text inside links: near 1 for menus and link lists, near 0 for prose. */
	double linkDensity() {
		return (this.chars == 0) ? 0 : (double) this.linkChars / this.chars;
	}

	/** Text outside links: what is left once a block's navigation is discounted. */
	int proseChars() {
		return this.chars - this.linkChars;
	}

	private static int trimmedLength(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end - start;
	}

	/**
	 * Counts the text of the nodes a walk visits; fed by another walk (one that drops parts of the tree as it goes),
	 * it measures what that walk leaves without a walk of its own.
	 */
	static final class Counter implements NodeVisitor {

		private int chars;

		private int linkChars;

		private int linkDepth;

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				int length = trimmedLength(text.getWholeText());
				this.chars += length;
				this.linkChars += (this.linkDepth > 0) ? length : 0;
			}
			else if (node.nameIs("a")) {
				this.linkDepth++;
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node.nameIs("a")) {
				this.linkDepth--;
			}
		}

		ElementText text() {
			return new ElementText(this.chars, this.linkChars);
		}

	}

}
