package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import news.names.GivenNames;

/**
 * Reads OpenGraph, Twitter, Dublin Core and plain {@code <meta>} tags, each selector list in order of trust. Every
 * selector is matched against the page's {@code <meta>} and {@code <link>} tags ({@link HeadTags}): a page-wide
 * select per selector walked the whole page some fifty times, a fifth of the extraction time.
 */
final class MetaTagReader {

	private static final List<MetaSelector> TITLE = MetaSelector.list(MetadataRules.TITLE_META);

	private static final List<MetaSelector> SITE_NAME = MetaSelector.list(MetadataRules.SITE_NAME_META);

	private static final List<MetaSelector> DATE = MetaSelector.list(MetadataRules.DATE_META);

	private static final List<MetaSelector> LOOSE_DATE = MetaSelector.list(MetadataRules.LOOSE_DATE_META);

	private static final List<MetaSelector> MODIFIED_DATE = MetaSelector.list(MetadataRules.MODIFIED_DATE_META);

	private static final List<MetaSelector> AUTHOR = MetaSelector.list(MetadataRules.AUTHOR_META);

	private static final List<MetaSelector> LOCALE = MetaSelector.list(MetadataRules.LOCALE_META);

	private static final HeadTags.Selector CANONICAL_LINK = HeadTags.Selector.parse(MetadataRules.CANONICAL_LINK);

	private static final HeadTags.Selector URL = HeadTags.Selector.parse(MetadataRules.URL_META);

	private static final HeadTags.Selector TWITTER_LABEL = HeadTags.Selector.parse("meta[name^=twitter:label]");

	private static final HeadTags.Selector TWITTER_CREATOR = HeadTags.Selector.parse("meta[name=twitter:creator]");

	private static final HeadTags.Selector TWITTER_SITE = HeadTags.Selector.parse("meta[name=twitter:site]");

	private static final HeadTags.Selector DESCRIPTION = HeadTags.Selector
		.parse("meta[name=description], meta[property=og:description]");

	/**
	 * A dateline opening a news text: the place, the agency's or station's code in parentheses, a dash ("Hamburg
	 * (dpa/lno) – …", "SANTA FE, N.M. (AP) — …"); words in parentheses are a remark ("Acme (in Köln) – …").
	 */
	private static final Pattern DATELINE_CREDIT = Pattern
		.compile("\\p{Lu}[^\\s(]{1,30}(?: [^\\s(]{1,20}){0,2} \\(([^()\\s]{2,15})\\)\\s*[-–—]\\s");

	/** A handle of two or three capitalised words run together ("@JaneDoe"), split where each word starts. */
	private static final Pattern CAMEL_CASE_NAME = Pattern.compile("@?((?:\\p{Lu}\\p{Ll}+){2,3})");

	private static final Pattern WORD_START = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

	void read(PageElements elements, MetadataDraft draft) {
		HeadTags tags = new HeadTags(elements);
		each(tags, TITLE, draft::offerTitle);
		each(tags, SITE_NAME, (name, source) -> draft.offerSiteName(name));
		each(tags, DATE, draft::offerDate);
		each(tags, LOOSE_DATE, draft::offerLooseDate);
		each(tags, MODIFIED_DATE, (date, source) -> draft.offerModifiedDate(date));
		for (MetaSelector selector : AUTHOR) {
			List<String> authors = new ArrayList<>();
			for (String author : contents(tags, selector.selector())) {
				// article:author is often the author's profile URL rather than a name.
				if (!MetadataRules.URL_LIKE.matcher(author).find() || author.contains(" ")) {
					authors.add(author);
				}
			}
			if (!authors.isEmpty()) {
				draft.offerAuthors(authors, selector.source());
			}
		}
		readLabelledAuthor(tags, draft);
		readCreatorHandle(tags, draft);
		readDatelineCredit(tags, draft);
		each(tags, LOCALE, draft::offerLanguage);
		for (Element link : tags.matching(CANONICAL_LINK)) {
			draft.offerCanonicalUrl(link.absUrl("href"));
		}
		contents(tags, URL).forEach(draft::offerCanonicalUrl);
	}

	/**
	 * The Twitter card's {@code twitter:creator} is the writer's handle; one that spells a name starting with a
	 * common given name ("@JaneDoe") gives that name. Most handles are the site's ("@acme_news") or nicknames. Without
	 * a creator, the site's own account spelling a name ({@code twitter:site}) is a personal site's owner.
	 */
	private static void readCreatorHandle(HeadTags tags, MetadataDraft draft) {
		for (HeadTags.Selector handles : List.of(TWITTER_CREATOR, TWITTER_SITE)) {
			for (String handle : contents(tags, handles)) {
				Matcher camelCase = CAMEL_CASE_NAME.matcher(handle.strip());
				if (camelCase.matches()) {
					String name = WORD_START.matcher(camelCase.group(1)).replaceAll(" ");
					if (GivenNames.startsWithOne(name)) {
						draft.offerCreatorHandleName(name);
					}
				}
			}
			if (draft.creatorHandleName() != null) {
				return;
			}
		}
	}

	/** The agency credited in the dateline that opens the page's description. */
	private static void readDatelineCredit(HeadTags tags, MetadataDraft draft) {
		for (String description : contents(tags, DESCRIPTION)) {
			Matcher dateline = DATELINE_CREDIT.matcher(description);
			if (dateline.lookingAt()) {
				draft.offerDatelineCredit(dateline.group(1).trim());
				return;
			}
		}
	}

	/**
	 * Twitter's label/data pairs, which blog plugins fill with the author: {@code twitter:label1 = "Written by"},
	 * {@code twitter:data1 = "Jane Doe"}.
	 */
	private static void readLabelledAuthor(HeadTags tags, MetadataDraft draft) {
		for (Element label : tags.matching(TWITTER_LABEL)) {
			if (MetadataRules.AUTHOR_LABEL.matcher(label.attr("content").trim()).matches()) {
				String index = label.attr("name").substring("twitter:label".length());
				contents(tags, HeadTags.Selector.parse("meta[name=twitter:data" + index + "]"))
					.forEach((name) -> draft.offerAuthors(List.of(name), "meta"));
			}
		}
	}

	/** Offers the contents of each selector of a list in list order (not document order). */
	private static void each(HeadTags tags, List<MetaSelector> selectors, BiConsumer<String, String> offer) {
		for (MetaSelector selector : selectors) {
			contents(tags, selector.selector()).forEach((value) -> offer.accept(value, selector.source()));
		}
	}

	private static List<String> contents(HeadTags tags, HeadTags.Selector selector) {
		List<String> values = new ArrayList<>();
		for (Element meta : tags.matching(selector)) {
			String content = meta.attr("content");
			if (!content.isBlank()) {
				values.add(content.trim());
			}
		}
		return values;
	}

	/** One selector of a comma-separated list, parsed once, and the source it stands for. */
	private record MetaSelector(HeadTags.Selector selector, String source) {

		static List<MetaSelector> list(String selectors) {
			List<MetaSelector> list = new ArrayList<>();
			for (String selector : selectors.split(",\\s*")) {
				list.add(new MetaSelector(HeadTags.Selector.parse(selector), source(selector)));
			}
			return List.copyOf(list);
		}

		/** OpenGraph and its relatives (article:, twitter:) versus other meta tags. */
		private static String source(String selector) {
			return (selector.contains("og:") || selector.contains("article:") || selector.contains("twitter:"))
					? "opengraph" : "meta";
		}

	}

}
