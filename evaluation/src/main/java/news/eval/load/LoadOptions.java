package news.eval.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} arguments of the load commands, each with its default. */
final class LoadOptions {

	private final Map<String, String> values = new HashMap<>();

	LoadOptions(List<String> args, Map<String, String> defaults) {
		this.values.putAll(defaults);
		for (int i = 0; i < args.size(); i += 2) {
			String name = args.get(i);
			if (!name.startsWith("--") || i + 1 >= args.size() || !defaults.containsKey(name.substring(2))) {
				throw new IllegalArgumentException("unknown option or missing value: " + name + " (options: "
						+ defaults.keySet() + ")");
			}
			this.values.put(name.substring(2), args.get(i + 1));
		}
	}

	int integer(String name) {
		return Integer.parseInt(this.values.get(name));
	}

	double decimal(String name) {
		return Double.parseDouble(this.values.get(name));
	}

	Duration seconds(String name) {
		return Duration.ofSeconds(Long.parseLong(this.values.get(name)));
	}

	Path path(String name) {
		return Path.of(this.values.get(name));
	}

	String text(String name) {
		return this.values.get(name);
	}
}
