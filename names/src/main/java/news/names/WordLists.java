package news.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a word list on the class path: one entry a line, blank lines and {@code #} comments ignored. */
public final class WordLists {

	private WordLists() {
	}

	/** @param path absolute class-path location ("/tag/given-names.txt") */
	public static List<String> lines(String path) {
		InputStream in = WordLists.class.getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("Missing word list " + path);
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

}
