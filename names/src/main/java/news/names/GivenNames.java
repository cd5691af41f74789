package news.names;

import java.util.HashSet;
import java.util.Set;

/**
 * Common given names of many cultures, as written ("Jane", "Jörg"): what the enrich service's person tagger and the
 * ingest service's author readers test a name's first word against. "Deutscher Turner-Bund" and "The Liberty Times"
 * start with none.
 */
public final class GivenNames {

	private static final Set<String> NAMES = new HashSet<>();

	static {
		NAMES.addAll(WordLists.lines("/tag/given-names.txt"));
		NAMES.addAll(WordLists.lines("/tag/given-names-more.txt"));
	}

	private GivenNames() {
	}

	public static boolean contains(String word) {
		return NAMES.contains(word);
	}

	/** Whether the name's first word is a given name. */
	public static boolean startsWithOne(String name) {
		int space = name.indexOf(' ');
		return NAMES.contains((space > 0) ? name.substring(0, space) : name);
	}

}
