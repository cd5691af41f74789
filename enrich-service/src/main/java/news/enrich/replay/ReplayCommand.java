package news.enrich.replay;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import news.enrich.publish.EnrichmentProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code ./news replay [--from=INSTANT]}: this jar run with the {@code replay} profile (no web server, the live
 * listener not started) runs {@link RawTopicReplay} once, prints its progress and exits 0, or 1 with the reason.
 */
@Component
@Profile("replay")
class ReplayCommand implements ApplicationRunner {

	private static final long PRINT_EVERY_MILLIS = 2000;

	private final RawTopicReplay replay;

	private final EnrichmentProperties properties;

	private final ApplicationContext context;

	private long printed;

	ReplayCommand(RawTopicReplay replay, EnrichmentProperties properties, ApplicationContext context) {
		this.replay = replay;
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = 1;
		try {
			Instant from = from(args);
			System.out.printf("replaying the raw topic%s as enrichment version %s%n",
					from == null ? "" : " from " + from, this.properties.version());
			RawTopicReplay.Result result = this.replay.replay(from, this::print);
			System.out.printf("done: %d articles enriched and published again, %d unreadable records skipped "
					+ "(consumer group %s); search-service re-indexes them%n", result.enriched(), result.malformed(),
					result.group());
			status = 0;
		}
		catch (RuntimeException ex) {
			System.err.println("replay failed: " + ex.getMessage());
		}
		int code = status;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	private void print(long done, long total) {
		long now = System.currentTimeMillis();
		if (done == total || now - this.printed >= PRINT_EVERY_MILLIS) {
			this.printed = now;
			System.out.printf("  %d of %d records%n", done, total);
		}
	}

	private static Instant from(ApplicationArguments args) {
		boolean unknown = args.getOptionNames().stream().anyMatch(name -> !name.contains(".") && !name.equals("from"));
		if (unknown || !args.getNonOptionArgs().isEmpty()) {
			throw new IllegalArgumentException("usage: ./news replay [--from=2026-11-20T00:00:00Z]");
		}
		if (!args.containsOption("from")) {
			return null;
		}
		String from = args.getOptionValues("from").get(0);
		try {
			return Instant.parse(from);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--from=" + from + " is not an instant like 2026-11-20T00:00:00Z");
		}
	}
}
