package news.enrich.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the vocabularies under {@code /tag/} on the class path: one entry a line,
 * tab-separated columns, blank lines and {@code #} comments ignored.
 */
public final class TagResources {

	private TagResources() {
	}

	public static List<String> lines(String name) {
		String path = "/tag/" + name;
		InputStream in = TagResources.class.getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("Missing tagger vocabulary " + path);
		}
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
		return lines;
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
