package news.enrich.tag;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import news.names.WordLists;

/**
 * Reads the vocabularies under {@code /tag/} on the class path (the given names among them come from the names
 * module): one entry a line, tab-separated columns, blank lines and {@code #} comments ignored.
 */
public final class TagResources {

	private TagResources() {
	}

	public static List<String> lines(String name) {
		return WordLists.lines("/tag/" + name);
	}

	/**
	 * The rows of a table; empty columns are kept, so a row always has as many cells as
	 * its line has tabs + 1.
	 */
	public static List<String[]> rows(String name) {
		return lines(name).stream().map((line) -> line.split("\t", -1)).toList();
	}

	public static Set<String> words(String name) {
		return new HashSet<>(lines(name));
	}

	public static Set<String> lowerCaseWords(String name) {
		Set<String> words = new HashSet<>();
		for (String line : lines(name)) {
			words.add(line.toLowerCase(Locale.ROOT));
		}
		return words;
	}

}
