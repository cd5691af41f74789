package news.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Attribute;
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
 * The same walk files each element's index under its tag name and under the names of its attributes, so that an
 * {@link IndexedSelector} is tried only on the elements of its tags or with its attributes.
 */
final class PageElements {

	private static final int TYPICAL_ELEMENTS = 2048;

	private final Document page;

	/** Sized for a common page's elements: growing the list from ten was a share of the walk's time. */
	private final List<Element> elements = new ArrayList<>(TYPICAL_ELEMENTS);

	/** For each element, the index after its last descendant: an element's subtree is a run of the list. */
	private int[] ends;

	/** The indexes of each tag's elements, ascending. */
	private final Map<String, Indexes> byTag = new HashMap<>();

	/**
	 * The indexes of the elements carrying each attribute, ascending, under the {@link HeadTags#fold} of its name: a
	 * selector's condition on an attribute holds only for an element with a name equal to it ignoring case.
	 */
	private final Map<String, Indexes> byAttribute = new HashMap<>();

	/**
	 * Each element's class and id attribute as found in the walk, null without one: the classifier and the byline
	 * reader read them for every element that has one, and {@code className()} and {@code id()} look among the
	 * attributes again.
	 */
	private String[] classNames = new String[TYPICAL_ELEMENTS];

	private String[] ids = new String[TYPICAL_ELEMENTS];

	private PageElements(Document page) {
		this.page = page;
		this.ends = new int[TYPICAL_ELEMENTS];
		// The elements whose end is not reached yet, innermost last: a stack of ints, not of boxed ones.
		Indexes open = new Indexes();
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof Element element) {
					int index = PageElements.this.elements.size();
					open.add(index);
					PageElements.this.elements.add(element);
					PageElements.this.byTag.computeIfAbsent(element.normalName(), (tag) -> new Indexes()).add(index);
					if (element.attributesSize() > 0) {
						fileAttributes(element, index);
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element) {
					setEnd(open.values[--open.size], PageElements.this.elements.size());
				}
			}
		}, page);
	}

	private void fileAttributes(Element element, int index) {
		for (Attribute attribute : element.attributes()) {
			String name = foldedName(attribute.getKey());
			Indexes indexes = this.byAttribute.computeIfAbsent(name, (key) -> new Indexes());
			// Once per element, should it repeat an attribute in another case; jsoup reads the first one.
			if (indexes.size == 0 || indexes.values[indexes.size - 1] != index) {
				indexes.add(index);
				if (name.equals("class")) {
					this.classNames = withValue(this.classNames, index, attribute.getValue());
				}
				else if (name.equals("id")) {
					this.ids = withValue(this.ids, index, attribute.getValue());
				}
			}
		}
	}

	private static String[] withValue(String[] values, int index, String value) {
		String[] grown = (index < values.length) ? values : Arrays.copyOf(values, Math.max(index + 1, 2 * values.length));
		grown[index] = value;
		return grown;
	}

	/** The parser's attribute names are lower-case ASCII, their own fold, nearly always. */
	private static String foldedName(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c >= 'A' && c <= 'Z' || c >= 0x80) {
				return HeadTags.fold(name);
			}
		}
		return name;
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

	/** What {@code all().get(index).className()} gives: its class attribute, trimmed, or "". */
	String className(int index) {
		String value = (index < this.classNames.length) ? this.classNames[index] : null;
		return (value != null) ? value.trim() : "";
	}

	/** What {@code all().get(index).id()} gives: its id attribute, or "". */
	String id(int index) {
		String value = (index < this.ids.length) ? this.ids[index] : null;
		return (value != null) ? value : "";
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

	/** What {@code page.select(selector)} gives, trying the selector on the elements of its tags or attributes alone. */
	Elements select(IndexedSelector selector) {
		Elements found = new Elements();
		for (int index : candidates(selector)) {
			Element element = this.elements.get(index);
			if (selector.evaluator().matches(this.page, element)) {
				found.add(element);
			}
		}
		return found;
	}

	/** What {@code page.selectFirst(selector)} gives, trying the selector on the elements of its tags or attributes alone. */
	Element selectFirst(IndexedSelector selector) {
		for (int index : candidates(selector)) {
			Element element = this.elements.get(index);
			if (selector.evaluator().matches(this.page, element)) {
				return element;
			}
		}
		return null;
	}

	/**
	 * The indexes of the elements of the selector's tags or with its attributes, ascending (document order), each
	 * once: every element the selector can match, and others.
	 */
	int[] candidates(IndexedSelector selector) {
		int[] merged = new int[0];
		for (String tag : selector.tags()) {
			merged = merged(merged, this.byTag.get(tag));
		}
		for (String attribute : selector.attributes()) {
			merged = merged(merged, this.byAttribute.get(attribute));
		}
		return merged;
	}

	/** Two ascending runs of indexes as one, each index once. */
	private static int[] merged(int[] merged, Indexes indexes) {
		if (indexes == null) {
			return merged;
		}
		if (merged.length == 0) {
			return Arrays.copyOf(indexes.values, indexes.size);
		}
		int[] both = new int[merged.length + indexes.size];
		int i = 0;
		int j = 0;
		int n = 0;
		while (i < merged.length || j < indexes.size) {
			int next = (j == indexes.size || i < merged.length && merged[i] <= indexes.values[j]) ? merged[i++]
					: indexes.values[j++];
			if (n == 0 || both[n - 1] != next) {
				both[n++] = next;
			}
		}
		return Arrays.copyOf(both, n);
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
