package news.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Common given names of many cultures, as written ("Jane", "Jörg"): the lists the enrich service's person tagger
 * uses, shared through the events module's class path ({@code /tag/given-names*.txt}). A name starting with one is
 * taken for a person's; "Deutscher Turner-Bund" and "The Liberty Times" are not.
 */
final class GivenNames {

	private static final Set<String> NAMES = load("/tag/given-names.txt", "/tag/given-names-more.txt");

	private GivenNames() {
	}

	static boolean startsWithOne(String name) {
		int space = name.indexOf(' ');
		return NAMES.contains((space > 0) ? name.substring(0, space) : name);
	}

	private static Set<String> load(String... paths) {
		Set<String> names = new HashSet<>();
		for (String path : paths) {
			InputStream in = GivenNames.class.getResourceAsStream(path);
			if (in == null) {
				throw new IllegalStateException("Missing given-name list " + path);
			}
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (!line.isBlank() && !line.startsWith("#")) {
						names.add(line.strip());
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + path, ex);
			}
		}
		return names;
	}

}
