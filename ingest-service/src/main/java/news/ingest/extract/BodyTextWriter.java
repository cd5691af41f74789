package news.ingest.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text of the content elements as paragraphs: every block element ends one, table cells are joined by
 * spaces. Link-dense paragraphs, furniture lines ("Share", "Read more"), captions and a repeated headline are
 * dropped, as are headings that introduce nothing but dropped text and the issuer's description of itself closing a
 * press release.
 */
final class BodyTextWriter {

	/** Paragraphs mostly made of links are menus, tag lists or "related" teasers. */
	private static final double MAX_LINK_DENSITY = 0.5;

	/** Furniture lines are short; a longer paragraph matching a furniture pattern is prose that starts alike. */
	private static final int MAX_FURNITURE_LINE_CHARS = 200;

	/**
	 * The site's promotion of its newsletter or apps, a licence or disclaimer notice, is a sentence or two; a longer
	 * paragraph is about them.
	 */
	private static final int MAX_NOTICE_CHARS = 250;

	/** A blog theme's line on when and where a post is filed names a date and a few categories. */
	private static final int MAX_POST_FILING_CHARS = 400;

	/** A heading this long is a sentence, not a section label. */
	private static final int MIN_TEXT_HEADING_CHARS = 80;

	/**
	 * A kicker over a headline is a few words: a topic, a place, a series' name; a longer lead-in is a sentence
	 * quoting the headline ("Send us your photos of the first trip on »The night train returns«").
	 */
	private static final int MAX_KICKER_WORDS = 4;

	/** A shorter headline ("News", "Home") is a word a section's heading may end with too. */
	private static final int MIN_KICKED_HEADLINE_CHARS = 20;

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** A byline line ("By Jane Doe", "Von Max Muster | 3. Mai") is a label and a few names. */
	private static final int MAX_BYLINE_LINE_CHARS = 80;

	/**
	 * A comment section's heading ("Kommentare", "3 Comments") after this much article text opens the thread, which
	 * runs to the end; before it, it is a label of the article's header (a comment count).
	 */
	private static final int MIN_TEXT_BEFORE_COMMENTS = 300;

	/** Items of a list of other pages are headlines, a line or two. */
	private static final int MAX_LINKED_ITEM_CHARS = 200;

	private static final int MIN_TRAILING_LINKED_ITEMS = 3;

	/** ... and mostly their links: sentences pointing to a page with a "here" are the author's tips. */
	private static final double MIN_LINKED_ITEMS_LINK_DENSITY = 0.3;

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]$");

	String write(List<Element> content, String title, List<String> authors) {
		List<Block> blocks = new ArrayList<>();
		for (Element element : content) {
			BlockCollector collector = new BlockCollector(blocks);
			NodeTraversor.filter(collector, element);
			collector.flush();
		}
		List<Block> kept = new ArrayList<>();
		int keptChars = 0;
		for (Block block : blocks) {
			if (keptChars >= MIN_TEXT_BEFORE_COMMENTS && block.linkChars() == 0
					&& ExtractionRules.COMMENTS_HEADING_LINE.matcher(block.text()).matches()) {
				break;
			}
			if (!isArticleText(block, title) || isAboutAuthor(block.text(), authors)) {
				continue;
			}
			Block previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
			if (previous != null && previous.text().equals(block.text())) {
				continue;
			}
			// A heading directly followed by another introduced only dropped text ("Related", "Comments"); a heading
			// holding a sentence is text of its own (a standfirst set as a heading).
			if (previous != null && previous.heading() && block.heading()
					&& previous.text().length() < MIN_TEXT_HEADING_CHARS) {
				kept.remove(kept.size() - 1);
			}
			kept.add(block);
			keptChars += block.text().length();
		}
		int boilerplate = OrganisationBoilerplate.start(kept.stream().map(Block::text).toList(),
				kept.stream().map(Block::afterRule).toList());
		kept.subList(boilerplate, kept.size()).clear();
		kept.subList(trailingLinkList(kept), kept.size()).clear();
		if (!kept.isEmpty() && kept.get(kept.size() - 1).heading()) {
			kept.remove(kept.size() - 1);
		}
		return String.join("\n\n", kept.stream().map(Block::text).toList());
	}

	/**
	 * Where a list of links to other pages closing the text starts ("More stories" over items each linking to one),
	 * its label included; the block count when the text does not end so. An article's own list ends in text, or
	 * links seldom in every item.
	 */
	private static int trailingLinkList(List<Block> kept) {
		int start = kept.size();
		int chars = 0;
		int linkChars = 0;
		while (start > 0 && kept.get(start - 1).listItem() && kept.get(start - 1).linkChars() > 0
				&& kept.get(start - 1).text().length() <= MAX_LINKED_ITEM_CHARS) {
			start--;
			chars += kept.get(start).text().length();
			linkChars += kept.get(start).linkChars();
		}
		if (kept.size() - start < MIN_TRAILING_LINKED_ITEMS || start == 0
				|| linkChars < chars * MIN_LINKED_ITEMS_LINK_DENSITY) {
			return kept.size();
		}
		Block label = kept.get(start - 1);
		boolean labelled = label.text().length() < MIN_TEXT_HEADING_CHARS && !SENTENCE_END.matcher(label.text()).find();
		return labelled ? start - 1 : start;
	}

	private static boolean isArticleText(Block block, String title) {
		String text = block.text();
		// A web or mail address on a line of its own is a reference the article gives, not a link to another page.
		// A data table's row links its items (a product to its test, an ingredient to the shop) beside their data.
		if (block.linkDensity() > MAX_LINK_DENSITY && !block.dataRow() && !block.runsIntoLink()
				&& !ExtractionRules.ADDRESS_LINE.matcher(text).matches() || text.equals(title)
				|| block.heading() && isHeadlineUnderKicker(text, title)) {
			return false;
		}
		// The line rules below judge short paragraphs; the filing line's limit is the longest of theirs.
		if (text.length() > MAX_POST_FILING_CHARS) {
			return true;
		}
		String folded = CuedPattern.fold(text);
		if (text.length() <= MAX_FURNITURE_LINE_CHARS && (ExtractionRules.FURNITURE_LINE.matcher(text).matches()
				|| ExtractionRules.DATE_LINE.matcher(text).matches()
				|| ExtractionRules.CAPTION_CREDIT.find(text, folded))) {
			return false;
		}
		if (isSiteAppeal(text, folded) || text.length() <= MAX_NOTICE_CHARS
				&& (ExtractionRules.TEXT_NOTICE.find(text, folded) || ExtractionRules.SITE_NOTICE.find(text, folded))) {
			return false;
		}
		if (ExtractionRules.POST_FILING.find(text, folded)) {
			return false;
		}
		return text.length() > MAX_BYLINE_LINE_CHARS || !isByline(text);
	}

	/**
	 * A short line of the site promoting itself (its newsletter, apps, social accounts, support); {@code folded} is
	 * {@link CuedPattern#fold(String) fold(text)}.
	 */
	static boolean isSiteAppeal(String text, String folded) {
		return text.length() <= MAX_NOTICE_CHARS && ExtractionRules.SELF_PROMOTION.find(text, folded);
	}

	/**
	 * The headline repeated in a heading after its kicker, or with other punctuation: "Rail The night train returns"
	 * and "Covid-19 Tests for all" under the headlines "The night train returns" and "Covid-19: Tests for all".
	 */
	private static boolean isHeadlineUnderKicker(String text, String title) {
		if (title == null || title.length() < MIN_KICKED_HEADLINE_CHARS) {
			return false;
		}
		String words = words(text);
		String headline = words(title);
		if (!words.endsWith(headline)) {
			return false;
		}
		String kicker = words.substring(0, words.length() - headline.length());
		return kicker.isEmpty() || kicker.endsWith(" ") && kicker.split(" ").length <= MAX_KICKER_WORDS;
	}

	/** The words of a text in lower case, one space between them. */
	private static String words(String text) {
		return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * A line that is an author's name, or a short note starting with it ("Jane Doe is a reporter for …"): the
	 * byline and the author box, not article text.
	 */
	private static boolean isAboutAuthor(String text, List<String> authors) {
		if (text.length() > MAX_FURNITURE_LINE_CHARS) {
			return false;
		}
		for (String author : authors) {
			if (text.equals(author) || text.startsWith(author + " ")
					&& ExtractionRules.AUTHOR_NOTE.matcher(text).region(author.length() + 1, text.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/** A sentence ending in a full stop is prose, even when it starts like a byline ("von Open Source ... ein."). */
	private static boolean isByline(String text) {
		if (text.endsWith(".") || text.endsWith("!") || text.endsWith("?")) {
			return false;
		}
		Matcher label = MetadataRules.BYLINE_LABEL.matcher(text);
		return label.lookingAt() && label.end() < text.length()
				&& BylineReader.looksLikeNames(text.substring(label.end()));
	}

	/**
	 * @param runsIntoLink whether the words before the block's first link run on into it: two or more, the last a
	 *     lower-case word ({@code two seasons of <a>…</a>}, {@code via <a>example.org</a>}, {@code download it from
	 *     <a>…</a>}). Such a line is a sentence with a link, however long the link; a menu item, a teaser's headline
	 *     or a label ({@code Harbour Diary <a>…</a>}, {@code Read more: <a>…</a>}) has no such lead.
	 */
	private record Block(String text, int linkChars, boolean heading, boolean afterRule, boolean listItem,
			boolean dataRow, boolean runsIntoLink) {

		double linkDensity() {
			return (double) this.linkChars / this.text.length();
		}

	}

	/** Splits a subtree into blocks at block-element boundaries, counting the characters inside links. */
	private static final class BlockCollector implements NodeFilter {

		private final List<Block> blocks;

		private final StringBuilder text = new StringBuilder();

		private int linkChars;

		private int linkDepth;

		private boolean heading;

		/** How many list items the walk is in. */
		private int itemDepth;

		/** The block is a data table's row ({@link DataRows}). */
		private boolean dataRow;

		/** {@link Block#runsIntoLink}, decided at the block's first link; null before it. */
		private Boolean runsIntoLink;

		/** A horizontal rule was met since the last block: it sets the next one apart. */
		private boolean afterRule;

		BlockCollector(List<Block> blocks) {
			this.blocks = blocks;
		}

		@Override
		public FilterResult head(Node node, int depth) {
			if (node instanceof TextNode textNode) {
				String value = textNode.getWholeText();
				this.text.append(value);
				this.linkChars += (this.linkDepth > 0) ? value.strip().length() : 0;
				return FilterResult.CONTINUE;
			}
			String tag = node.normalName();
			if (tag.equals("h1")) {
				// The headline is metadata, not body.
				return FilterResult.SKIP_ENTIRELY;
			}
			if (ExtractionRules.BLOCK_TAGS.contains(tag)) {
				flush();
				this.heading = ExtractionRules.HEADING_TAGS.contains(tag);
				this.dataRow = node instanceof Element row && DataRows.namesItems(row);
				this.afterRule |= tag.equals("hr");
				this.itemDepth += tag.equals("li") ? 1 : 0;
			}
			else if (tag.equals("a")) {
				if (this.runsIntoLink == null) {
					this.runsIntoLink = runsOn(this.text);
				}
				this.linkDepth++;
			}
			else if (tag.equals("td") || tag.equals("th")) {
				this.text.append(' ');
			}
			return FilterResult.CONTINUE;
		}

		@Override
		public FilterResult tail(Node node, int depth) {
			String tag = node.normalName();
			if (ExtractionRules.BLOCK_TAGS.contains(tag)) {
				flush();
				this.itemDepth -= tag.equals("li") ? 1 : 0;
			}
			else if (tag.equals("a")) {
				this.linkDepth--;
			}
			return FilterResult.CONTINUE;
		}

		/** Two or more words whose last is a lower-case word: a sentence going on. */
		private static boolean runsOn(CharSequence text) {
			String[] words = WHITESPACE.split(text.toString().strip());
			String last = words[words.length - 1];
			return words.length >= 2 && Character.isLowerCase(last.codePointAt(0))
					&& Character.isLetter(last.codePointBefore(last.length()));
		}

		void flush() {
			// Soft hyphens only mark where a word may break: the reader, and a search, sees the word whole. Letters
			// written as a base and a combining mark ("u" + U+0308) are composed (NFC, as the title is), so a search
			// for the word finds it.
			String value = Normalizer.normalize(TextNormalizer.collapseWithoutSoftHyphens(this.text.toString()),
					Normalizer.Form.NFC);
			if (!value.isEmpty()) {
				this.blocks.add(new Block(value, Math.min(this.linkChars, value.length()), this.heading, this.afterRule,
						this.itemDepth > 0, this.dataRow, Boolean.TRUE.equals(this.runsIntoLink)));
				this.afterRule = false;
			}
			this.text.setLength(0);
			this.linkChars = 0;
			this.heading = false;
			this.dataRow = false;
			this.runsIntoLink = null;
		}

	}

}
