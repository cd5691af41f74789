package news.ingest.publish;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import news.events.ArticleId;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.ArticleSubmitted;
import news.ingest.extract.ArticleExtractor;
import news.ingest.fetch.FetchProperties;
import news.ingest.fetch.HostResolver;
import news.ingest.fetch.PageFetcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Issue 6, hostile inputs: each case goes through the real fetch and extraction path a submission takes, against
 * local servers this test controls, and must end in a clear status and reason, never an exception or a hang.
 * Cases marked "public" are fetched as {@code news.test}, a host name that the address guard sees as a public
 * address and that a proxy sends to the local site: private addresses are refused there, as in production, so a
 * redirect into the operator's network meets the guard on a real hop.
 */
class HostileInputsTest {

	/** The public-looking host (TEST-NET-3 address, routed to the local site by the proxy). */
	private static final String PUBLIC = "http://news.test";

	/** Names the address guard resolves; anything else but an IP literal is unknown, so no test asks real DNS. */
	private static final Map<String, String> NAMES = Map.of("news.test", "203.0.113.10", "busy.test", "203.0.113.11", "intranet.test",
			"10.1.2.3", "metadata.test", "169.254.169.254", "ula.test", "fd00::1");

	private static final HostResolver RESOLVER = host -> {
		String address = NAMES.get(host);
		if (address == null && !Character.isDigit(host.charAt(0)) && !host.startsWith("[") && !host.equals("localhost")) {
			throw new UnknownHostException(host);
		}
		return InetAddress.getAllByName(address != null ? address : host);
	};

	private static final String FRENCH_TITLE = "Réouverture du café";

	private static final String RUSSIAN_TITLE = "Программа поддержки";

	private static final Duration DEADLINE = Duration.ofSeconds(3);

	private static HostileSite site;

	/** Private addresses refused (the default); reaches the local site only through the public-looking name. */
	private static SubmissionProcessor guarded;

	/** Private addresses allowed, as with NEWS_ALLOW_PRIVATE_ADDRESSES=true: the local site directly. */
	private static SubmissionProcessor direct;

	@BeforeAll
	static void start(@TempDir Path keys) throws Exception {
		site = new HostileSite(keys);
		ArticleExtractor extractor = new ArticleExtractor();
		guarded = new SubmissionProcessor(new PageFetcher(properties(false), RESOLVER,
				ProxySelector.of(new InetSocketAddress("127.0.0.1", site.port()))), extractor, new SimpleMeterRegistry());
		direct = new SubmissionProcessor(new PageFetcher(properties(true)), extractor, new SimpleMeterRegistry());
	}

	@AfterAll
	static void stop() {
		site.close();
	}

	/**
	 * The production defaults, with a short deadline and no politeness pause so the suite runs quickly. The
	 * connect timeout, which covers the TLS handshake, stays long: the first handshake in a JVM is slow on a busy
	 * machine.
	 */
	private static FetchProperties properties(boolean allowPrivate) {
		return new FetchProperties(Duration.ofSeconds(10), DEADLINE, 5, DataSize.ofMegabytes(5), "news-pipeline-test",
				"news-pipeline", Duration.ZERO, Duration.ofSeconds(1), allowPrivate);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "ssrf", "schemes", "sizeAndTime", "content", "redirects", "httpErrors", "network" })
	void endsWithAClearStatusAndReason(Hostile input) {
		IngestOutcome outcome = input.processor().process(submission(input.url()));
		assertThat(outcome.stage()).as("stage").isEqualTo(input.stage());
		assertThat(outcome.outcome()).as("outcome").isEqualTo(input.outcome());
		if (input.outcome() == Outcome.OK) {
			assertThat(outcome.article()).isNotNull();
		}
		else {
			assertThat(outcome.reason()).as("reason").contains(input.reason());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("charsets")
	void wrongOrMissingCharsetStillGivesTheRightText(String path, String title, String sentence) {
		IngestOutcome outcome = direct.process(submission(site.url(path)));
		assertThat(outcome.outcome()).as(outcome.reason()).isEqualTo(Outcome.OK);
		assertThat(outcome.article().title()).isEqualTo(title);
		assertThat(outcome.article().body()).contains(sentence.strip());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("deepNesting")
	void deeplyNestedHtmlEndsWithoutAStackOverflow(String path) {
		IngestOutcome outcome = direct.process(submission(site.url(path)));
		assertThat(outcome.stage()).isEqualTo(Stage.EXTRACTED);
		assertThat(outcome.outcome() == Outcome.OK ? outcome.article().body() : outcome.reason()).isNotBlank();
	}

	@Test
	void pageTooLongForOneEventIsExtractedWhole() {
		// The premise of HostileInputsIT's "article too large" case: the text really is over the 1 MB event limit.
		String path = site.fixture("too-long", "text/html", Pages.longArticle(1_300_000).getBytes(StandardCharsets.UTF_8));
		IngestOutcome outcome = direct.process(submission(site.url(path)));
		assertThat(outcome.outcome()).isEqualTo(Outcome.OK);
		assertThat(outcome.article().body().length()).isGreaterThan(1024 * 1024);
	}

	/** A hostile URL: which fetcher takes it, and the stage, outcome and reason it must end with. */
	record Hostile(SubmissionProcessor processor, String url, Stage stage, Outcome outcome, String reason) {

		static Arguments refused(String name, SubmissionProcessor processor, String url, String reason) {
			return arguments(named(name, new Hostile(processor, url, Stage.FETCHED, Outcome.FAILED, reason)));
		}

		static Arguments labelled(String name, String path, Outcome outcome, String reason) {
			return arguments(named(name, new Hostile(direct, site.url(path), Stage.EXTRACTED, outcome, reason)));
		}
	}

	static Stream<Arguments> ssrf() {
		String blocked = "is a private address";
		Function<String, String> via = target -> PUBLIC + "/to?" + URLEncoder.encode(target, StandardCharsets.UTF_8);
		String loopback = site.url("/fixture/secret");
		return Stream.of(Hostile.refused("loopback", guarded, loopback, "blocked: 127.0.0.1 " + blocked),
				Hostile.refused("localhost", guarded, "http://localhost:" + site.port() + "/", blocked),
				Hostile.refused("this network 0.0.0.0", guarded, "http://0.0.0.0:" + site.port() + "/", blocked),
				Hostile.refused("private 10/8", guarded, "http://10.0.0.1/", blocked),
				Hostile.refused("private 172.16/12", guarded, "http://172.16.0.1/", blocked),
				Hostile.refused("private 192.168/16", guarded, "http://192.168.1.1/", blocked),
				Hostile.refused("cloud metadata 169.254.169.254", guarded, "http://169.254.169.254/latest/meta-data/",
						blocked),
				Hostile.refused("IPv6 loopback", guarded, "http://[::1]:" + site.port() + "/", blocked),
				Hostile.refused("IPv4-mapped IPv6 loopback", guarded, "http://[::ffff:127.0.0.1]/", blocked),
				Hostile.refused("IPv6 link-local", guarded, "http://[fe80::1]/", blocked),
				Hostile.refused("host name resolving to 10.1.2.3", guarded, "http://intranet.test/", "intranet.test " + blocked),
				Hostile.refused("host name resolving to fd00::1", guarded, "http://ula.test/", "ula.test " + blocked),
				Hostile.refused("redirect to loopback", guarded, via.apply(loopback), "127.0.0.1 " + blocked),
				Hostile.refused("redirect to IPv6 loopback", guarded, via.apply("http://[::1]:" + site.port() + "/"),
						blocked),
				Hostile.refused("redirect to cloud metadata", guarded,
						via.apply("http://169.254.169.254/latest/meta-data/"), blocked),
				Hostile.refused("redirect to a name resolving to metadata", guarded,
						via.apply("http://metadata.test/latest/meta-data/"), "metadata.test " + blocked),
				Hostile.refused("redirect to 192.168/16", guarded, via.apply("http://192.168.0.1/admin"), blocked),
				Hostile.refused("redirect to a name resolving to 10/8", guarded, via.apply("http://intranet.test/"),
						"intranet.test " + blocked));
	}

	static Stream<Arguments> schemes() {
		Function<String, String> via = target -> site.url("/to?" + URLEncoder.encode(target, StandardCharsets.UTF_8));
		String refused = "redirect to a non-http URL";
		return Stream.of(Hostile.refused("redirect to file:", direct, via.apply("file:///etc/passwd"), refused),
				Hostile.refused("redirect to ftp:", direct, via.apply("ftp://news.example/a"), refused),
				Hostile.refused("redirect to gopher:", direct, via.apply("gopher://news.example/"), refused),
				Hostile.refused("redirect to javascript:", direct, via.apply("javascript:alert(1)"), refused),
				Hostile.refused("redirect to data:", direct, via.apply("data:text/html;base64,PHA+aGk8L3A+"), refused));
	}

	static Stream<Arguments> sizeAndTime() {
		return Stream.of(
				Hostile.refused("gzip bomb (10 GB of zeros)", direct, site.url("/gzip-bomb"),
						"body larger than 5242880 bytes (decompressed)"),
				Hostile.refused("50 MB body", direct, site.url("/huge"), "body larger than 5242880 bytes"),
				Hostile.refused("slow drip, 1 byte/s", direct, site.url("/drip"),
						"response not complete within " + DEADLINE.toSeconds() + " s"),
				Hostile.refused("stall after the headers", direct, site.url("/stall"),
						"response not complete within " + DEADLINE.toSeconds() + " s"),
				Hostile.refused("unsupported Content-Encoding", direct, site.url("/brotli"),
						"unsupported Content-Encoding: br"));
	}

	static Stream<Arguments> content() {
		return Stream.of(Hostile.refused("PDF", direct, site.url("/pdf"), "not HTML: application/pdf"),
				Hostile.refused("PDF labelled text/html", direct, site.url("/pdf-as-html"), "not HTML: PDF content"),
				Hostile.refused("image", direct, site.url("/png"), "not HTML: image/png"),
				Hostile.refused("binary labelled text/html", direct, site.url("/png-as-html"),
						"not HTML: binary content"),
				Hostile.refused("binary without a Content-Type", direct, site.url("/png-unlabelled"),
						"not HTML: binary content"),
				Hostile.refused("octet-stream", direct, site.url("/octet-stream"),
						"not HTML: application/octet-stream"),
				Hostile.refused("gzip without Content-Encoding", direct, site.url("/gzip-unlabelled"),
						"not HTML: binary content"),
				Hostile.labelled("empty page", "/empty", Outcome.EMPTY, "no text"),
				Hostile.labelled("whitespace-only page", "/blank", Outcome.EMPTY, "no text"));
	}

	static Stream<Arguments> redirects() {
		return Stream.of(Hostile.refused("redirect loop", direct, site.url("/loop"), "more than 5 redirects"),
				Hostile.refused("chain of 11 redirects", direct, site.url("/chain?11"), "more than 5 redirects"),
				Hostile.refused("redirect without a Location", direct, site.url("/no-location"),
						"HTTP 301 without a Location"),
				Hostile.labelled("chain of 5 redirects is followed", "/chain?5", Outcome.OK, null));
	}

	static Stream<Arguments> httpErrors() {
		Stream<Arguments> plain = Stream.of(400, 401, 403, 404, 410, 451, 500, 502)
			.map(status -> Hostile.refused("HTTP " + status, direct, site.url("/status?" + status), "HTTP " + status));
		// A host that asks for 120 s is paused that long: its own name keeps the other cases off its turn.
		return Stream.concat(plain, Stream.of(Hostile.refused("HTTP 503 with a long Retry-After", guarded,
				"http://busy.test/status?503", "HTTP 503, retry after 120 s")));
	}

	static Stream<Arguments> network() {
		return Stream.of(
				Hostile.refused("TLS, self-signed certificate", direct, site.selfSignedUrl(), "TLS handshake failed"),
				Hostile.refused("TLS, expired certificate", direct, site.expiredUrl(), "TLS handshake failed"),
				Hostile.refused("closed port", direct, "http://127.0.0.1:1/", "connection refused"),
				Hostile.refused("unknown host", guarded, "http://no-such-host.test/", "unknown host: no-such-host.test"),
				Hostile.labelled("an ordinary article after all of the above", "/chain?0", Outcome.OK, null));
	}

	static Stream<Arguments> charsets() {
		String french = Pages.article(FRENCH_TITLE, Pages.FRENCH);
		String frenchWithMeta = Pages.article(FRENCH_TITLE, Pages.FRENCH, "<meta charset=\"utf-8\">");
		String russian = Pages.article(RUSSIAN_TITLE, Pages.RUSSIAN);
		String russianWithMeta = Pages.article(RUSSIAN_TITLE, Pages.RUSSIAN, "<meta charset=\"windows-1251\">");
		Charset cp1251 = Charset.forName("windows-1251");
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		return Stream.of(
				page("header ISO-8859-1, body UTF-8 with meta charset", "text/html; charset=ISO-8859-1",
						frenchWithMeta.getBytes(StandardCharsets.UTF_8), Pages.FRENCH),
				page("no charset anywhere, UTF-8 body", "text/html", french.getBytes(StandardCharsets.UTF_8),
						Pages.FRENCH),
				page("UTF-8 BOM against a Latin-1 header", "text/html; charset=ISO-8859-1",
						concat(bom, french.getBytes(StandardCharsets.UTF_8)), Pages.FRENCH),
				page("real ISO-8859-1 page", "text/html; charset=ISO-8859-1",
						french.getBytes(StandardCharsets.ISO_8859_1), Pages.FRENCH),
				page("windows-1251 in the header", "text/html; charset=windows-1251", russian.getBytes(cp1251),
						Pages.RUSSIAN),
				page("windows-1251 in meta only", "text/html", russianWithMeta.getBytes(cp1251), Pages.RUSSIAN),
				page("UTF-16 with a BOM", "text/html", french.getBytes(StandardCharsets.UTF_16), Pages.FRENCH));
	}

	private static Arguments page(String name, String contentType, byte[] body, String sentence) {
		String title = sentence.equals(Pages.FRENCH) ? FRENCH_TITLE : RUSSIAN_TITLE;
		return arguments(named(name, site.fixture(name.replaceAll("\\W+", "-"), contentType, body)), title, sentence);
	}

	static Stream<Named<String>> deepNesting() {
		return Stream.of(
				named("10,000 nested divs", site.fixture("deep-div", "text/html",
						Pages.nested("div", 10_000, true).getBytes(StandardCharsets.UTF_8))),
				named("10,000 unclosed divs", site.fixture("deep-div-open", "text/html",
						Pages.nested("div", 10_000, false).getBytes(StandardCharsets.UTF_8))),
				named("10,000 nested spans", site.fixture("deep-span", "text/html",
						Pages.nested("span", 10_000, true).getBytes(StandardCharsets.UTF_8))));
	}

	private static ArticleSubmitted submission(String url) {
		return new ArticleSubmitted(ArticleId.of(url), url, Instant.now());
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
