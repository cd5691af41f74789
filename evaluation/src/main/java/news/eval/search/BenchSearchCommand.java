package news.eval.search;

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

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import news.eval.Command;
import news.eval.Environment;
import news.search.index.IndexProperties;
import news.search.query.ArticleSearch;
import news.search.query.FacetProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./news bench-search}: builds the synthetic corpus in the running stack's articles index unless it is
 * there, then sends the same typical searches at a fixed rate through the search API and straight to
 * Elasticsearch ({@link OpenLoop}), and reports latency percentiles and the API's overhead. Runs against the
 * stack of {@code ./news up}, found through the same {@code NEWS_*} variables.
 */
public final class BenchSearchCommand implements Command {

	/** The project's own gold texts, the corpus vocabulary's source (run from the repository root). */
	private static final String GOLD = "evaluation/src/test/resources/enrich-gold";

	/** search-service's articles alias ({@link IndexProperties}' default). */
	private static final String ALIAS = "news-articles";

	/** Queries compared for equal totals through the API and straight to Elasticsearch before the run. */
	private static final int PARITY_QUERIES = 30;

	/** search-service's default {@code news.search.facets.sample-size}: the raw path samples where it would. */
	private static final int FACET_SAMPLE = 10_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Override
	public String usage() {
		return "[--articles N] [--rate Q] [--seconds S] [--warmup S] [--block S] [--seed N] [--rebuild|--remove] "
				+ "[--report FILE]   search latency, API vs. Elasticsearch, on a synthetic corpus (needs ./news up)";
	}

	@Override
	public int run(List<String> args) throws Exception {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage() + "\nusage: ./news bench-search " + usage());
			return 2;
		}
		URI es = URI.create(Environment.variable("NEWS_ES_URL", "http://127.0.0.1:" + Environment.variable("NEWS_ES_PORT", "9200")));
		URI api = URI.create("http://127.0.0.1:" + Environment.variable("NEWS_SEARCH_PORT", "8083"));
		String esVersion;
		try {
			// The node's version: the test distribution the stack runs has no GET / handler.
			esVersion = JSON.readTree(get(es.resolve("/_nodes/_local?filter_path=nodes.*.version")))
				.findValue("version")
				.asString();
			get(api.resolve("/readyz"));
		}
		catch (IOException ex) {
			System.err.printf("Elasticsearch at %s or search-service at %s does not answer (%s).%nStart the stack "
					+ "first with ./news up, with the same NEWS_* port variables.%n", es, api, ex.getMessage());
			return 1;
		}
		Jackson3JsonpMapper mapper = new Jackson3JsonpMapper();
		try (Rest5Client rest = Rest5Client.builder(es).build();
				Rest5ClientTransport transport = new Rest5ClientTransport(rest, mapper)) {
			ElasticsearchClient client = new ElasticsearchClient(transport);
			Vocabulary vocabulary = Vocabulary.load(Path.of(GOLD));
			String marker = "bench-corpus-seed-" + options.seed;
			CorpusIndex corpus = new CorpusIndex(client, ALIAS, marker);
			if (options.remove) {
				corpus.remove();
				return 0;
			}
			corpus.ensure(new CorpusGenerator(vocabulary, options.seed, marker), options.articles, options.rebuild);
			long indexed = client.count(c -> c.index(ALIAS)).count();
			OpenLoop loop = new OpenLoop(OpenLoop.Clock.SYSTEM, options.rate, (int) Math.round(options.block * options.rate),
					blocks(options.warmup, options.block), blocks(options.seconds, options.block));
			SearchTargets targets = new SearchTargets(api, es, new ArticleSearch(client, rest, mapper,
					new IndexProperties(ALIAS, null, null), new FacetProperties(FACET_SAMPLE)));
			QueryMix mix = new QueryMix(vocabulary, options.seed);
			List<HttpRequest> viaApi = new ArrayList<>();
			List<SearchTargets.Direct> direct = new ArrayList<>();
			List<String> kindOf = new ArrayList<>();
			for (int k = 0; k < loop.queriesPerTarget(); k++) {
				QueryMix.BenchQuery query = mix.query(k);
				viaApi.add(targets.api(query.query()));
				direct.add(targets.elasticsearch(query.query()));
				kindOf.add(query.kind());
			}
			int parity = Math.min(PARITY_QUERIES, viaApi.size());
			for (int k = 0; k < parity; k++) {
				long a = targets.total(viaApi.get(k));
				long b = targets.total(direct.get(k).count());
				if (a != b) {
					System.err.printf("The API and Elasticsearch disagree on query %d (%s): %d vs %d matches; the "
							+ "comparison would be meaningless.%n", k, viaApi.get(k).uri(), a, b);
					return 1;
				}
			}
			System.out.printf("parity: the first %d queries match as many articles through the API as straight "
					+ "to Elasticsearch%n", parity);
			System.out.printf("running: %.0f q/s per target, %d s warm-up + %d s measured each, %d s blocks ...%n",
					options.rate, options.warmup, options.seconds, options.block);
			double loadBefore = Environment.loadAverage();
			List<OpenLoop.Result> results = loop.run(k -> targets.send(viaApi.get(k)),
					k -> targets.sendDirect(direct.get(k)));
			double loadAfter = Environment.loadAverage();
			long distinct = viaApi.stream().map(HttpRequest::uri).distinct().count();
			String report = new SearchBenchReport(options, String.join(" ", args), esVersion, indexed, kindOf,
					distinct, loadBefore, loadAfter).markdown(results.get(0), results.get(1));
			System.out.println();
			System.out.println(report);
			Files.createDirectories(options.report.toAbsolutePath().getParent());
			Files.writeString(options.report, report);
			System.out.println("report written to " + options.report.toAbsolutePath());
			return 0;
		}
	}

	/** Whole blocks covering at least {@code seconds}. */
	private static int blocks(int seconds, int block) {
		return (seconds + block - 1) / block;
	}

	private static String get(URI uri) throws IOException {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IOException(uri + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}


	/** The command's options with their defaults: the 100,000 articles at 50 queries/s for a minute. */
	static final class Options {

		int articles = 100_000;

		double rate = 50;

		int seconds = 60;

		int warmup = 10;

		int block = 5;

		long seed = 1;

		boolean rebuild;

		boolean remove;

		Path report = Path.of("target/bench-search.md");

		static Options parse(List<String> args) {
			Options o = new Options();
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				switch (arg) {
					case "--rebuild" -> o.rebuild = true;
					case "--remove" -> o.remove = true;
					case "--articles", "--rate", "--seconds", "--warmup", "--block", "--seed", "--report" -> {
						if (i + 1 >= args.size()) {
							throw new IllegalArgumentException(arg + " needs a value");
						}
						o.set(arg, args.get(++i));
					}
					default -> throw new IllegalArgumentException("unknown option " + arg);
				}
			}
			if (o.articles < 1 || o.rate <= 0 || o.seconds < 1 || o.warmup < 0 || o.block < 1) {
				throw new IllegalArgumentException("articles, rate, seconds and block must be positive, warmup not negative");
			}
			return o;
		}

		private void set(String option, String value) {
			try {
				switch (option) {
					case "--articles" -> this.articles = Integer.parseInt(value);
					case "--rate" -> this.rate = Double.parseDouble(value);
					case "--seconds" -> this.seconds = Integer.parseInt(value);
					case "--warmup" -> this.warmup = Integer.parseInt(value);
					case "--block" -> this.block = Integer.parseInt(value);
					case "--seed" -> this.seed = Long.parseLong(value);
					default -> this.report = Path.of(value);
				}
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(option + " needs a number, not " + value);
			}
		}
	}
}
