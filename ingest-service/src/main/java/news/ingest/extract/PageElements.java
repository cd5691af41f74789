package news.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of the untouched page in document order, the document itself first, gathered in one walk. The
 * metadata readers and the classifier each asked the page for a few selectors, and every select walks every node,
 * text nodes included, through jsoup's node iterator (1.3–1.9 % of the extraction time each); filtering this list
 * gives the very same elements: jsoup's select (legacy mode, the default) keeps the root's elements, itself
 * included, that the evaluator matches with the root as context, in document order. Only for simple selectors
 * (tags, ids, classes, attributes, comma lists of them; no combinators or {@code :not}, which memoise matches until
 * jsoup's own select resets them), and only while nothing changes the page: the body extractor cuts it up later.
 * The same walk files each element's index under its tag name, so that a {@link TagSelector} is tried only on the
 * elements of its tags.
 */
final class PageElements {

	private final Document page;

	private final List<Element> elements = new ArrayList<>();

	/** For each element, the index after its last descendant: an element's subtree is a run of the list. */
	private int[] ends;

	/** The indexes of each tag's elements, ascending. */
	private final Map<String, Indexes> byTag = new HashMap<>();

	private PageElements(Document page) {
		this.page = page;
		this.ends = new int[256];
		Deque<Integer> open = new ArrayDeque<>();
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof Element element) {
					int index = PageElements.this.elements.size();
					open.push(index);
					PageElements.this.elements.add(element);
					PageElements.this.byTag.computeIfAbsent(element.normalName(), (tag) -> new Indexes()).add(index);
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element) {
					setEnd(open.pop(), PageElements.this.elements.size());
				}
			}
		}, page);
	}

	private void setEnd(int index, int end) {
		if (index >= this.ends.length) {
			this.ends = Arrays.copyOf(this.ends, Math.max(index + 1, 2 * this.ends.length));
		}
		this.ends[index] = end;
	}

	static PageElements of(Document page) {
		return new PageElements(page);
	}

	Document page() {
		return this.page;
	}

	/** Every element, in document order; index {@code i} is the {@code i}-th element the page's walk meets. */
	List<Element> all() {
		return this.elements;
	}

	/** The index after the last descendant of the element at {@code index}. */
	int end(int index) {
		return this.ends[index];
	}

	/** The index of the element, or -1 when it is not on the page. */
	int indexOf(Element element) {
		for (int i = 0; i < this.elements.size(); i++) {
			if (this.elements.get(i) == element) {
				return i;
			}
		}
		return -1;
	}

	/** What {@code page.select(selector)} gives. */
	Elements select(Evaluator selector) {
		Elements found = new Elements();
		for (Element element : this.elements) {
			if (selector.matches(this.page, element)) {
				found.add(element);
			}
		}
		return found;
	}

	/** What {@code page.selectFirst(selector)} gives. */
	Element selectFirst(Evaluator selector) {
		for (Element element : this.elements) {
			if (selector.matches(this.page, element)) {
				return element;
			}
		}
		return null;
	}

	/** What {@code page.select(selector)} gives, trying the selector on the elements of its tags alone. */
	Elements select(TagSelector selector) {
		Elements found = new Elements();
		for (int index : indexesOf(selector.tags())) {
			Element element = this.elements.get(index);
			if (selector.evaluator().matches(this.page, element)) {
				found.add(element);
			}
		}
		return found;
	}

	/** What {@code page.selectFirst(selector)} gives, trying the selector on the elements of its tags alone. */
	Element selectFirst(TagSelector selector) {
		for (int index : indexesOf(selector.tags())) {
			Element element = this.elements.get(index);
			if (selector.evaluator().matches(this.page, element)) {
				return element;
			}
		}
		return null;
	}

	/** The indexes of the elements of these tags, ascending: document order. */
	private int[] indexesOf(Set<String> tags) {
		int[] merged = new int[0];
		for (String tag : tags) {
			Indexes indexes = this.byTag.get(tag);
			if (indexes != null) {
				int start = merged.length;
				merged = Arrays.copyOf(merged, start + indexes.size);
				System.arraycopy(indexes.values, 0, merged, start, indexes.size);
			}
		}
		if (tags.size() > 1) {
			Arrays.sort(merged);
		}
		return merged;
	}

	/** A growing list of element indexes. */
	private static final class Indexes {

		private int[] values = new int[8];

		private int size;

		void add(int index) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, 2 * this.size);
			}
			this.values[this.size++] = index;
		}

	}

}
