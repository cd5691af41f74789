package news.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/** One service's packaged jar, run as its own process the way {@code ./news up} runs it. */
final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String name;

	private final Path log;

	private final Process process;

	private final int port;

	private final Map<String, String> environment;

	private ServiceProcess(String name, Path log, Process process, int port, Map<String, String> environment) {
		this.name = name;
		this.log = log;
		this.process = process;
		this.port = port;
		this.environment = environment;
	}

	/** Starts {@code <module>/target/<module>-*-exec.jar} with the given environment and waits until it is ready. */
	static ServiceProcess start(String module, int port, Map<String, String> environment) throws IOException {
		return start(module, port, environment, Files.createTempFile(module, ".log"));
	}

	private static ServiceProcess start(String module, int port, Map<String, String> environment, Path log)
			throws IOException {
		Path jar = findJar(module);
		ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		ServiceProcess service = new ServiceProcess(module, log, builder.start(), port, environment);
		service.awaitReady();
		return service;
	}

	/** Kills the process the way a crash or the OOM killer does: SIGKILL, no shutdown hooks, nothing flushed. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** The same jar, port and environment again, logging to the same file; waits until it is ready. */
	ServiceProcess restart() throws IOException {
		return start(this.name, this.port, this.environment, this.log);
	}

	Path log() {
		return this.log;
	}

	/**
	 * Runs the jar as a one-off command ({@code ./news replay} and the like) and waits for it to end.
	 * @return its exit code and output
	 */
	static Finished runCommand(String module, Map<String, String> environment, Duration timeout, String... args)
			throws IOException, InterruptedException {
		Path log = Files.createTempFile(module, ".log");
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-jar", findJar(module).toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(module + " " + List.of(args) + " did not end within " + timeout + ":\n"
					+ Files.readString(log));
		}
		return new Finished(process.exitValue(), Files.readString(log));
	}

	record Finished(int exitCode, String output) {
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	List<String> logLines() throws IOException {
		return Files.readAllLines(this.log);
	}

	String logTail() throws IOException {
		List<String> lines = Files.readAllLines(this.log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	private void awaitReady() {
		await(this.name + " ready").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited:\n" + logTail());
			}
			try {
				HttpResponse<String> response = HTTP.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/readyz")).build(),
						HttpResponse.BodyHandlers.ofString());
				return response.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	private static Path findJar(String module) throws IOException {
		Path target = Path.of("..", module, "target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(p -> p.getFileName().toString().matches(module + "-.*-exec\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in " + target.toAbsolutePath()));
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	@Override
	public String toString() {
		return this.name;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}
}
