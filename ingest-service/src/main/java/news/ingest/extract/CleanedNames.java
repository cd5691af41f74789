package news.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cleaned names of each raw author list, cleaned once per extraction: resolving the authors asks for the names of
 * the same offers up to five times (the first named, the byline over a meta tag, the shown byline, co-authors,
 * display names), and cleaning runs a dozen patterns over every part.
 */
final class CleanedNames {

	private final AuthorNameCleaner cleaner;

	private final Map<Key, List<String>> cleaned = new HashMap<>();

	CleanedNames(AuthorNameCleaner cleaner) {
		this.cleaner = cleaner;
	}

	/** What {@link AuthorNameCleaner#clean} gives, as a list of the caller's own. */
	List<String> of(List<String> raw, String siteName) {
		// Keyed by a copy: an offer's list may still grow.
		Key key = new Key(new ArrayList<>(raw), siteName);
		return new ArrayList<>(this.cleaned.computeIfAbsent(key, (k) -> this.cleaner.clean(k.raw(), k.siteName())));
	}

	private record Key(List<String> raw, String siteName) {
	}

}
