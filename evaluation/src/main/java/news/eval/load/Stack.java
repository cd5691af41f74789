package news.eval.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import news.eval.Environment;

/**
 * Where the running stack is, from the variables {@code ./news} exports (same names and defaults as the README's
 * configuration table).
 */
record Stack(String ingestUrl, String esUrl, String kafkaBootstrap, String apiKey, Path dir,
		Map<String, Integer> managementPorts) {

	static Stack fromEnvironment() {
		String key = Environment.variable("NEWS_API_KEYS", "").split(",")[0].strip();
		if (key.isEmpty()) {
			throw new IllegalStateException("NEWS_API_KEYS is not set: run through ./news, which sets it");
		}
		Map<String, Integer> management = new LinkedHashMap<>();
		management.put("ingest", Integer.parseInt(Environment.variable("NEWS_INGEST_MANAGEMENT_PORT", "9081")));
		management.put("enrich", Integer.parseInt(Environment.variable("NEWS_ENRICH_MANAGEMENT_PORT", "9082")));
		management.put("search", Integer.parseInt(Environment.variable("NEWS_SEARCH_MANAGEMENT_PORT", "9083")));
		return new Stack("http://127.0.0.1:" + Environment.variable("NEWS_INGEST_PORT", "8081"), Environment.variable("NEWS_ES_URL", "http://127.0.0.1:9200"),
				Environment.variable("NEWS_KAFKA_BOOTSTRAP", "127.0.0.1:9092"), key, Path.of(Environment.variable("NEWS_STACK_DIR", ".stack")), management);
	}

	/** The process ids of the stack, by name, from its PID files (those that exist). */
	Map<String, Long> pids() {
		Map<String, Long> pids = new LinkedHashMap<>();
		pid(this.dir.resolve("kafka/kafka.pid")).ifPresent(pid -> pids.put("kafka", pid));
		pid(this.dir.resolve("elasticsearch/es.pid")).ifPresent(pid -> pids.put("elasticsearch", pid));
		for (String service : this.managementPorts.keySet()) {
			pid(this.dir.resolve("run/" + service + ".pid")).ifPresent(pid -> pids.put(service, pid));
		}
		return pids;
	}

	private static Optional<Long> pid(Path file) {
		try {
			return Optional.of(Long.parseLong(Files.readString(file).strip()));
		}
		catch (Exception ex) {
			return Optional.empty();
		}
	}
}
