package news.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The files of a folder that a command reads, in a stable order, gzip undone. */
public final class InputFiles {

	private InputFiles() {
	}

	/** Regular files directly in {@code dir} whose names end with one of {@code suffixes}, sorted by name. */
	public static List<Path> list(Path dir, String... suffixes) throws IOException {
		if (!Files.isDirectory(dir)) {
			throw new IllegalArgumentException("Not a folder: " + dir);
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> Stream.of(suffixes).anyMatch(file.getFileName().toString()::endsWith))
				.sorted()
				.toList();
		}
	}

	/** The file's name without the first of {@code suffixes} it ends with. */
	public static String stem(Path file, String... suffixes) {
		String name = file.getFileName().toString();
		for (String suffix : suffixes) {
			if (name.endsWith(suffix)) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}

	/** The bytes of the file, gunzipped when its name ends with {@code .gz}. */
	public static byte[] read(Path file) {
		try {
			if (!file.getFileName().toString().endsWith(".gz")) {
				return Files.readAllBytes(file);
			}
			try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
				return in.readAllBytes();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}
}
