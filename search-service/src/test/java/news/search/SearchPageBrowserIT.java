package news.search;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import news.events.Article;
import news.events.ArticleEnriched;
import news.events.ArticleId;
import news.events.CountryTag;
import news.events.Figure;
import news.events.PersonTag;
import news.search.index.ArticleIndexer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web page in headless Chromium ({@code src/test/browser/search-page.test.mjs}, playwright-core): type a
 * query, click a country facet, open the seed-like article, see its figures. Skipped when node 20+ or chromium
 * is missing; installs playwright-core with {@code npm ci} on first use. The screenshot lands in
 * {@code target/search-page.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchPageBrowserIT {

	private static final Path BROWSER_TEST = Path.of("src/test/browser");

	private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

	@LocalServerPort
	int port;

	@Autowired
	ArticleIndexer indexer;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Test
	void researcherFindsTheArticleNarrowsByCountryAndSeesItsFigures() throws Exception {
		assumeTrue(new File(CHROMIUM).canExecute(), "no Chromium at " + CHROMIUM);
		assumeTrue(nodeMajorVersion() >= 20, "playwright-core needs node 20 or later on the PATH");
		if (!Files.isDirectory(BROWSER_TEST.resolve("node_modules/playwright-core"))) {
			assumeTrue(run(BROWSER_TEST, 300, "npm", "ci", "--no-audit", "--no-fund") == 0,
					"npm ci failed in " + BROWSER_TEST);
		}
		String word = TestArticles.word();
		this.indexer.index(seedLike(word));
		this.elasticsearch.indices().refresh(r -> r.index("news-articles"));

		Path log = Files.createTempFile("search-page", ".log");
		int exit = run(BROWSER_TEST, 180, log, "node", "search-page.test.mjs", "http://127.0.0.1:" + this.port,
				"Turkiye " + word, Path.of("target/search-page.png").toAbsolutePath().toString());
		assertThat(exit).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
	}

	private static ArticleEnriched seedLike(String word) {
		String url = "https://news.example/" + UUID.randomUUID();
		String money = "In 2024, bilateral trade reached $5 billion, and the two countries aim for $10 billion.";
		String companies = "Currently, 3,538 Turkish capital companies operate in Kazakhstan.";
		Article article = new Article(ArticleId.of(url), url, url, "Daily Example",
				"Türkiye, Kazakhstan seek to set new cooperation goals", List.of("Jane Doe"),
				Instant.parse("2025-07-29T13:16:00Z"), "en",
				"Kazakh President Kassym-Jomart Tokayev met President Recep Tayyip Erdoğan in Astana " + word
						+ ".\n\n" + money + "\n\n" + companies,
				Instant.parse("2025-07-29T14:00:00Z"));
		return new ArticleEnriched("test-1", Instant.parse("2025-07-29T14:00:02Z"), article,
				List.of(new CountryTag("KZ", "Kazakhstan", 3), new CountryTag("TR", "Türkiye", 2)),
				List.of(new PersonTag("Kassym-Jomart Tokayev", 1), new PersonTag("Recep Tayyip Erdoğan", 1)),
				List.of(new Figure(5e9, "USD", Figure.Kind.MONEY, "$5 billion", null, money),
						new Figure(1e10, "USD", Figure.Kind.MONEY, "$10 billion", null, money),
						new Figure(3538, "company", Figure.Kind.COUNT, "3,538", null, companies)));
	}

	/** 0 when there is no node. */
	private static int nodeMajorVersion() throws Exception {
		Path out = Files.createTempFile("node-version", ".txt");
		if (run(BROWSER_TEST, 60, out, "node", "--version") != 0) {
			return 0;
		}
		Matcher version = Pattern.compile("v(\\d+)\\.").matcher(Files.readString(out));
		return version.find() ? Integer.parseInt(version.group(1)) : 0;
	}

	private static int run(Path dir, int timeoutSeconds, String... command) throws Exception {
		return run(dir, timeoutSeconds, null, command);
	}

	private static int run(Path dir, int timeoutSeconds, Path log, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		builder.redirectOutput(log != null ? ProcessBuilder.Redirect.to(log.toFile()) : ProcessBuilder.Redirect.DISCARD);
		Process process;
		try {
			process = builder.start();
		}
		catch (java.io.IOException ex) {
			return -1;
		}
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return -2;
		}
		return process.exitValue();
	}
}
