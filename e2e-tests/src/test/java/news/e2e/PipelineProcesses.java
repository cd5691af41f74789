package news.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * The three packaged services as processes, on free ports, on the Kafka and Elasticsearch that {@code ./news}
 * started and announced in {@code NEWS_KAFKA_BOOTSTRAP} and {@code NEWS_ES_URL}. Fields, not getters: a test
 * may replace a service by its restarted self.
 */
final class PipelineProcesses implements AutoCloseable {

	ServiceProcess ingest;

	ServiceProcess enrich;

	ServiceProcess search;

	/**
	 * @param apiKey the one key allowed to submit
	 * @param ingestSettings more environment for ingest-service
	 */
	static PipelineProcesses start(String apiKey, Map<String, String> ingestSettings)
			throws IOException, InterruptedException {
		var pipeline = new PipelineProcesses();
		try {
			int searchPort = freePort();
			Map<String, String> env = Map.of("NEWS_KAFKA_BOOTSTRAP", required("NEWS_KAFKA_BOOTSTRAP"), "NEWS_ES_URL",
					required("NEWS_ES_URL"), "NEWS_SEARCH_URL", "http://127.0.0.1:" + searchPort);
			pipeline.search = ServiceProcess.start("search-service", searchPort,
					with(env, "NEWS_SEARCH_PORT", searchPort));
			int enrichPort = freePort();
			pipeline.enrich = ServiceProcess.start("enrich-service", enrichPort,
					with(env, "NEWS_ENRICH_PORT", enrichPort));
			int ingestPort = freePort();
			Map<String, String> ingestEnv = with(env, "NEWS_INGEST_PORT", ingestPort);
			ingestEnv.put("NEWS_API_KEYS", apiKey);
			// The news sites of these tests are on loopback, which ingest refuses unless told otherwise.
			ingestEnv.put("NEWS_ALLOW_PRIVATE_ADDRESSES", "true");
			ingestEnv.putAll(ingestSettings);
			pipeline.ingest = ServiceProcess.start("ingest-service", ingestPort, ingestEnv);
			return pipeline;
		}
		catch (IOException | RuntimeException ex) {
			// A service that never got ready must not leave the ones started before it running.
			pipeline.close();
			throw ex;
		}
	}

	static String required(String variable) {
		String value = System.getenv(variable);
		if (value == null) {
			throw new IllegalStateException(variable + " is not set: run this with ./news test");
		}
		return value;
	}

	/** The environment plus the service's port and its management port (free ones, not the defaults). */
	private static Map<String, String> with(Map<String, String> env, String portVariable, int port) throws IOException {
		var all = new HashMap<>(env);
		all.put(portVariable, String.valueOf(port));
		all.put(portVariable.replace("_PORT", "_MANAGEMENT_PORT"), String.valueOf(freePort()));
		return all;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		for (ServiceProcess service : new ServiceProcess[] { this.ingest, this.enrich, this.search }) {
			if (service != null) {
				service.close();
			}
		}
	}
}
