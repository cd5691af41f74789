package news.search.index;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code ./news reindex [--to=INDEX] [--delete-old] [--page-size=N]}: this jar run with the {@code reindex}
 * profile (no web server, no listeners) runs {@link Reindexer} once, prints its progress and exits.
 */
@Component
@Profile("reindex")
class ReindexCommand implements ApplicationRunner, Reindexer.Progress {

	private static final Set<String> OPTIONS = Set.of("to", "delete-old", "page-size");

	private static final Duration PRINT_EVERY = Duration.ofSeconds(2);

	private final Reindexer reindexer;

	private final ApplicationContext context;

	private Instant printed = Instant.MIN;

	ReindexCommand(Reindexer reindexer, ApplicationContext context) {
		this.reindexer = reindexer;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = 0;
		try {
			Reindexer.Result result = this.reindexer.reindex(options(args), this);
			System.out.printf("done: the alias names %s (%d articles copied in %d passes)%s%n", result.target(), result.copied(), result.passes(),
					result.deletedSource() ? "; " + result.source() + " deleted"
							: "; " + result.source() + " is kept, read-only (--delete-old deletes it)");
		}
		catch (Exception ex) {
			System.err.println("reindex failed: " + ex.getMessage());
			status = 1;
		}
		int code = status;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	private static Reindexer.Options options(ApplicationArguments args) {
		List<String> unknown = args.getOptionNames().stream()
			.filter(name -> !name.contains(".") && !OPTIONS.contains(name))
			.toList();
		if (!unknown.isEmpty() || !args.getNonOptionArgs().isEmpty()) {
			throw new IllegalArgumentException("unknown arguments " + unknown + args.getNonOptionArgs()
					+ "; usage: ./news reindex [--to=INDEX] [--delete-old] [--page-size=N]");
		}
		String to = args.containsOption("to") ? args.getOptionValues("to").get(0) : null;
		int pageSize = args.containsOption("page-size") ? Integer.parseInt(args.getOptionValues("page-size").get(0))
				: 500;
		return new Reindexer.Options(to, args.containsOption("delete-old"), pageSize);
	}

	@Override
	public void pass(int number, String what) {
		System.out.printf("pass %d: %s%n", number, what);
	}

	@Override
	public void copied(long read, long total) {
		Instant now = Instant.now();
		if (read == total || now.isAfter(this.printed.plus(PRINT_EVERY))) {
			this.printed = now;
			System.out.printf("  %d of %d%n", read, total);
		}
	}

	@Override
	public void swapped(String source, String target) {
		System.out.printf("alias moved from %s to %s%n", source, target);
	}
}
