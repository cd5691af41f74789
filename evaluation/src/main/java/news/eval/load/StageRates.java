package news.eval.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import news.enrich.tag.ArticleTagger;
import news.enrich.tag.Tags;
import news.events.Article;
import news.events.ArticleEnriched;
import news.events.ArticleExtracted;
import news.events.ArticleStatusChanged;
import news.events.ArticleStatusChanged.Outcome;
import news.events.ArticleStatusChanged.Stage;
import news.events.ArticleSubmitted;
import news.events.EventJson;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedPage;
import news.search.index.ArticleDocument;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Each stage of the pipeline alone, on the same pages, with both cores: articles per second it could handle if it
 * had the machine to itself. Per article, Kafka carries what the pipeline sends (a submission, the raw and the
 * enriched article, five status events) and Elasticsearch takes what the search service writes (the document and
 * five status upserts), so the rates compare with the pipeline's articles per second.
 */
final class StageRates {

	private static final int THREADS = Runtime.getRuntime().availableProcessors();

	private static final Duration WARM_UP = Duration.ofSeconds(3);

	private static final int STATUS_EVENTS = 5;

	private static final int ES_BULK_ARTICLES = 200;

	private final PageServer server;

	private final PageGenerator pages;

	private final Stack stack;

	private final Duration measure;

	private final int sample;

	private final int firstFetch;

	private final List<byte[]> html = new ArrayList<>();

	private final List<Article> articles = new ArrayList<>();

	private final List<ArticleEnriched> enriched = new ArrayList<>();

	/**
	 * @param first the number of the first page to use: stage runs must not fetch the pages the pipeline will
	 * @param sample how many distinct pages the stages cycle through
	 */
	StageRates(PageServer server, PageGenerator pages, Stack stack, Duration measure, int first, int sample) {
		this.server = server;
		this.pages = pages;
		this.stack = stack;
		this.measure = measure;
		this.sample = sample;
		ArticleExtractor extractor = new ArticleExtractor();
		ArticleTagger tagger = new ArticleTagger();
		for (int i = first; i < first + sample; i++) {
			byte[] page = pages.page(i).html();
			ExtractedPage extracted = extractor.extract(page, null, server.url(i).toString(), Instant.now());
			if (extracted.body() == null) {
				throw new IllegalStateException("a generated page did not extract (" + extracted.status() + ": "
						+ extracted.reason() + "): fix PageGenerator");
			}
			Article article = new Article("bench-" + i, server.url(i).toString(), null, extracted.siteName(),
					extracted.title(), extracted.authors(), extracted.publishedAt(), extracted.language(),
					extracted.body(), Instant.now());
			Tags tags = tagger.tag(article.title(), article.body());
			this.html.add(page);
			this.articles.add(article);
			this.enriched.add(new ArticleEnriched("bench", Instant.now(), article, tags.countries(), tags.people(),
					tags.figures(), tags.places()));
		}
		this.firstFetch = first + sample;
	}

	/** Mean size of the pages and of the articles in them, in bytes. */
	long meanPageBytes() {
		return (long) this.html.stream().mapToInt(b -> b.length).average().orElse(0);
	}

	long meanArticleBytes() {
		return (long) this.articles.stream().mapToInt(a -> a.body().length()).average().orElse(0);
	}

	/** Articles per second of each stage alone, in pipeline order. */
	Map<String, Double> measure() throws Exception {
		Map<String, Double> rates = new LinkedHashMap<>();
		rates.put("fetch (robots.txt + page, new host each)", fetchRate());
		ArticleExtractor extractor = new ArticleExtractor();
		rates.put("extraction", loop(i -> {
			extractor.extract(this.html.get(i % this.sample), null, this.articles.get(i % this.sample).url(),
					Instant.now());
		}));
		ArticleTagger tagger = new ArticleTagger();
		rates.put("enrichment", loop(i -> {
			Article a = this.articles.get(i % this.sample);
			tagger.tag(a.title(), a.body());
		}));
		rates.put("Kafka produce+consume (8 records/article)", kafkaRate());
		rates.put("Elasticsearch bulk (document + 5 status upserts)", elasticsearchRate());
		return rates;
	}

	private double fetchRate() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		AtomicInteger next = new AtomicInteger(this.firstFetch);
		return loop(i -> {
			URI page = this.server.url(next.getAndIncrement());
			client.send(HttpRequest.newBuilder(page.resolve("/robots.txt")).build(), HttpResponse.BodyHandlers.ofByteArray());
			client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofByteArray());
		});
	}

	/** As the pipeline's producers do (acks=all, idempotent), one consumer reading it all back. */
	private double kafkaRate() throws Exception {
		String topic = "bench-scratch-" + System.currentTimeMillis();
		Properties common = new Properties();
		common.put("bootstrap.servers", this.stack.kafkaBootstrap());
		try (Admin admin = Admin.create(common)) {
			admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
			int count = (int) Math.max(1000, 300 * this.measure.toSeconds());
			List<String> records = new ArrayList<>();
			for (int i = 0; i < this.sample; i++) {
				Article a = this.articles.get(i);
				records.add(EventJson.write(new ArticleSubmitted(a.id(), a.url(), Instant.now())));
				records.add(EventJson.write(new ArticleExtracted(a)));
				records.add(EventJson.write(this.enriched.get(i)));
				records.add(EventJson.write(new ArticleStatusChanged(a.id(), a.url(), Stage.FETCHED, Outcome.OK, null,
						Instant.now(), "0af7651916cd43dd8448eb211c80319c")));
			}
			Properties producerProps = (Properties) common.clone();
			producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
			producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
			Properties consumerProps = (Properties) common.clone();
			consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
			consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
			long total = (long) count * (3 + STATUS_EVENTS);
			ExecutorService reader = Executors.newSingleThreadExecutor();
			long started = System.nanoTime();
			Future<Long> consumed = reader.submit(() -> consume(consumerProps, topic, total));
			try (var producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
				for (int i = 0; i < count; i++) {
					int k = i % this.sample;
					for (int r = 0; r < 3 + STATUS_EVENTS; r++) {
						String value = records.get(4 * k + Math.min(r, 3));
						producer.send(new ProducerRecord<>(topic, this.articles.get(k).id(), value));
					}
				}
			}
			consumed.get();
			double seconds = (System.nanoTime() - started) / 1e9;
			reader.shutdown();
			admin.deleteTopics(List.of(topic)).all().get();
			return count / seconds;
		}
	}

	private static long consume(Properties props, String topic, long total) {
		long seen = 0;
		try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			while (seen < total) {
				seen += consumer.poll(Duration.ofMillis(200)).count();
			}
		}
		return seen;
	}

	/** Bulk requests into scratch indices with the articles mapping, from both threads. */
	private double elasticsearchRate() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String suffix = Long.toString(System.currentTimeMillis());
		String articles = "bench-articles-" + suffix;
		String status = "bench-status-" + suffix;
		send(client, "PUT", "/" + articles, resource("index/news-articles-v4.json"));
		send(client, "PUT", "/" + status, resource("index/news-status-v1.json"));
		List<String> bodies = new ArrayList<>();
		for (int from = 0; from < this.sample; from += ES_BULK_ARTICLES) {
			StringBuilder bulk = new StringBuilder();
			for (int i = from; i < Math.min(this.sample, from + ES_BULK_ARTICLES); i++) {
				ArticleDocument doc = ArticleDocument.of(this.enriched.get(i), Instant.now());
				bulk.append("{\"index\":{\"_index\":\"").append(articles).append("\",\"_id\":\"").append(doc.id())
					.append("\"}}\n").append(EventJson.write(doc)).append('\n');
				for (int s = 0; s < STATUS_EVENTS; s++) {
					bulk.append("{\"update\":{\"_index\":\"").append(status).append("\",\"_id\":\"").append(doc.id())
						.append("\"}}\n{\"doc\":{\"id\":\"").append(doc.id()).append("\",\"stages\":{\"S").append(s)
						.append("\":{\"outcome\":\"OK\",\"at\":\"").append(Instant.now()).append("\"}}},\"doc_as_upsert\":true}\n");
				}
			}
			bodies.add(bulk.toString());
		}
		int perBulk = Math.min(ES_BULK_ARTICLES, this.sample);
		try {
			return perBulk * loop(i -> send(client, "POST", "/_bulk", bodies.get(i % bodies.size())));
		}
		finally {
			send(client, "DELETE", "/" + articles + "," + status, null);
		}
	}

	private String send(HttpClient client, String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.stack.esUrl() + path))
			.header("Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300 || response.body().startsWith("{\"errors\":true")) {
			int error = Math.max(0, response.body().indexOf("\"error\""));
			throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " "
					+ response.body().substring(error, Math.min(error + 400, response.body().length())));
		}
		return response.body();
	}

	private static String resource(String name) throws java.io.IOException {
		try (var in = StageRates.class.getClassLoader().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	interface Operation {

		void run(int i) throws Exception;
	}

	/**
	 * Operations per second over {@code measure}, on every core, after a warm-up of the JIT. Divided by the time to
	 * the last completion, since a slow operation (a bulk request) may end well after the window.
	 */
	private double loop(Operation operation) throws Exception {
		AtomicLong done = new AtomicLong();
		AtomicLong lastEnd = new AtomicLong();
		AtomicInteger sequence = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			long warmUntil = System.nanoTime() + WARM_UP.toNanos();
			long measureFrom = warmUntil;
			long measureUntil = warmUntil + this.measure.toNanos();
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				tasks.add(() -> {
					while (System.nanoTime() < measureUntil) {
						operation.run(sequence.getAndIncrement());
						long end = System.nanoTime();
						if (end > measureFrom) {
							done.incrementAndGet();
							lastEnd.accumulateAndGet(end, Math::max);
						}
					}
					return null;
				});
			}
			for (Future<Void> f : threads.invokeAll(tasks)) {
				f.get();
			}
			return done.get() / ((lastEnd.get() - measureFrom) / 1e9);
		}
		finally {
			threads.shutdown();
		}
	}
}
