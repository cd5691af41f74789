package news.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * A forum thread's posts: when the best-scoring text sits in one of several sibling posts of the same kind
 * ({@code <article class="message message--post">}, phpBB's {@code div.post}, vBulletin's {@code li.postcontainer}),
 * the posts are the page's content, the opening post and its replies alike, not one post among others. From each
 * post only the counterpart of the text block is taken (the element of the same tag and class), so the user cards,
 * reaction bars and reply buttons beside it stay out. An article's comments are not here: furniture removal has
 * already taken out what is marked as comments.
 */
final class ForumThread {

	/** The last word of a class naming a forum post's container ({@code message--post}, {@code postbit}). */
	private static final Set<String> POST_WORDS = Set.of("post", "posts", "message", "postbit", "postcontainer",
			"reply");

	/** The post is at most this many levels above the text block. */
	private static final int MAX_POST_LEVELS = 5;

	/** A thread has at least the opening post and a reply ... */
	private static final int MIN_POSTS = 2;

	/**
	 * ... that say something: a same-kind block holding only a label ("Social Skills" above a blog's share buttons,
	 * the rest of its box being furniture) is no post.
	 */
	private static final int MIN_POST_CHARS = 25;

	/** A quote's header is a name and a verb. */
	private static final int MAX_QUOTE_HEADER_CHARS = 80;

	private ForumThread() {
	}

	/** The text blocks of the thread's posts in page order, or an empty list when the block is in no thread. */
	static List<Element> posts(Element block, Element root) {
		Element post = block;
		for (int level = 0; level <= MAX_POST_LEVELS && post.parent() != null && post.parent() != root; level++) {
			Set<String> postClasses = postClasses(post);
			if (!postClasses.isEmpty()) {
				List<Element> blocks = textBlocks(sameKind(post, postClasses), post, block);
				if (blocks.size() >= MIN_POSTS) {
					blocks.forEach(ForumThread::dropQuoteHeaders);
					return blocks;
				}
			}
			post = post.parent();
		}
		return List.of();
	}

	/**
	 * The classes of the element that name a post ({@code message}, {@code message--post}; not a variant of it such
	 * as {@code message--mod}, a moderator's post), empty if none does or it is a blog's. The class only: an id such
	 * as "post-4711" numbers a blog's post and its layout columns alike. WordPress marks blog posts "hentry": full
	 * posts one after the other are a blog's front page, not a thread.
	 */
	private static Set<String> postClasses(Element element) {
		Set<String> classes = element.classNames();
		if (classes.contains("hentry")) {
			return Set.of();
		}
		Set<String> naming = new HashSet<>();
		for (String name : classes) {
			String[] words = name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
			if (words.length > 0 && POST_WORDS.contains(words[words.length - 1])) {
				naming.add(name);
			}
		}
		return naming;
	}

	/**
	 * The post's siblings of its tag with its post classes: a moderator's post ({@code message--mod}) or an unread
	 * one adds classes of its own.
	 */
	private static List<Element> sameKind(Element post, Set<String> postClasses) {
		List<Element> posts = new ArrayList<>();
		for (Element sibling = post.parent().firstElementChild(); sibling != null;
				sibling = sibling.nextElementSibling()) {
			if (sibling.normalName().equals(post.normalName()) && sibling.classNames().containsAll(postClasses)) {
				posts.add(sibling);
			}
		}
		return posts;
	}

	private static boolean isSameKind(Element element, Element other) {
		return element.normalName().equals(other.normalName())
				&& element.className().trim().equals(other.className().trim());
	}

	private static List<Element> textBlocks(List<Element> posts, Element post, Element block) {
		List<Element> blocks = new ArrayList<>();
		for (Element each : posts) {
			Element text = (each == post) ? block : counterpart(each, block);
			if (text != null && text.text().length() >= MIN_POST_CHARS) {
				blocks.add(text);
			}
		}
		return blocks;
	}

	/**
	 * The line heading a quote of another post ("Damon said:", "Zitat von Luise:"), which names the quoted poster
	 * and is no text of the post: a quote's first line with text, short and ending in a colon.
	 */
	private static void dropQuoteHeaders(Element block) {
		for (Element quote : block.getElementsByTag("blockquote")) {
			for (Element element : quote.getAllElements()) {
				String text = element.text();
				if (element == quote || text.isEmpty()) {
					continue;
				}
				if (text.length() <= MAX_QUOTE_HEADER_CHARS && text.endsWith(":")) {
					element.remove();
				}
				break;
			}
		}
	}

	private static Element counterpart(Element post, Element block) {
		for (Element element : post.getAllElements()) {
			if (isSameKind(element, block)) {
				return element;
			}
		}
		return null;
	}

}
