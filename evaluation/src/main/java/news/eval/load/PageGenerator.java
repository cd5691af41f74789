package news.eval.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic news pages, the same for the same number: site chrome (header, navigation menus, inline styles and
 * scripts, related-story lists, footer) of 50–150 KB around a 2–8 KB article with headline, byline, date, JSON-LD
 * and paragraphs naming countries, people and figures. Names come from the enrichment vocabularies, so the taggers
 * find what a real article would give them; no third-party page text is copied.
 */
final class PageGenerator {

	private static final String[] VERBS = { "agreed", "announced", "rejected", "signed", "discussed", "postponed" };

	private static final String[] TOPICS = { "a trade deal", "new tariffs", "a water-sharing accord",
			"an energy pipeline", "a rail link", "fishing quotas", "a debt restructuring", "a border crossing" };

	private static final String[] SECTIONS = { "World", "Politics", "Business", "Markets", "Climate", "Science",
			"Sport", "Culture", "Opinion", "Technology", "Health", "Travel" };

	private static final String[] FILLER = { "Officials said the talks would continue next month.",
			"Analysts expect the decision to weigh on regional markets.",
			"The ministry did not respond to a request for comment.",
			"Opposition lawmakers called the plan rushed and costly.",
			"Details of the agreement have not been published.",
			"Residents near the border have long complained about delays." };

	private final List<String> countries = vocabulary("tag/countries.tsv", 1);

	private final List<String> places = vocabulary("tag/places.tsv", 0);

	private final List<String> names = vocabulary("tag/given-names.txt", 0);

	private final long run;

	/** @param run distinguishes the pages (and so the article ids) of one run from those of earlier runs */
	PageGenerator(long run) {
		this.run = run;
	}

	/** The headline and body text the extractor should find, and the whole page. */
	record Page(String title, String body, byte[] html) {
	}

	Page page(int number) {
		Random random = new Random(this.run * 1_000_003L + number);
		String site = "The " + pick(random, this.places) + " " + pick(random, List.of("Courier", "Herald", "Ledger", "Times"));
		String a = pick(random, this.countries);
		String b = pick(random, this.countries);
		String title = a + " and " + b + " " + pick(random, VERBS) + " " + pick(random, TOPICS);
		String author = person(random);
		LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
		String body = body(random, a, b, 2_000 + random.nextInt(6_000));
		StringBuilder html = new StringBuilder(160_000);
		html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
			.append(" | ").append(site).append("</title>\n<meta property=\"og:title\" content=\"").append(title)
			.append("\"><meta property=\"og:site_name\" content=\"").append(site).append("\">\n");
		html.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
				+ "\"headline\":\"").append(title).append("\",\"datePublished\":\"").append(date)
			.append("T08:30:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(author)
			.append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(site).append("\"}}</script>\n");
		// The chrome's size varies page to page, so pages span 50-150 KB as real ones do.
		int chrome = 45_000 + random.nextInt(95_000);
		styles(html, random, chrome / 4);
		html.append("</head><body><header><div class=\"logo\">").append(site).append("</div>");
		navigation(html, random, chrome / 4);
		html.append("</header><main><article><h1>").append(title).append("</h1>\n<p class=\"byline\">By ")
			.append(author).append("</p><time datetime=\"").append(date).append("\">").append(date)
			.append("</time>\n<div class=\"article-body\">");
		for (String paragraph : body.split("\n\n")) {
			html.append("<p>").append(paragraph).append("</p>\n");
		}
		html.append("</div></article><aside class=\"related\"><h2>More stories</h2><ul>");
		related(html, random, chrome / 4);
		html.append("</ul></aside></main><footer>");
		navigation(html, random, chrome / 8);
		html.append("<p>&copy; 2026 ").append(site).append("</p></footer>");
		scripts(html, random, chrome / 8);
		html.append("</body></html>\n");
		return new Page(title, body, html.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String body(Random random, String a, String b, int length) {
		StringBuilder body = new StringBuilder(length + 400);
		body.append(a).append(" and ").append(b).append(" ").append(pick(random, VERBS)).append(" ")
			.append(pick(random, TOPICS)).append(" on ").append(pick(random, List.of("Monday", "Tuesday", "Friday")))
			.append(", ").append(person(random)).append(" said in ").append(pick(random, this.places)).append(".");
		while (body.length() < length) {
			body.append("\n\n");
			switch (random.nextInt(4)) {
				case 0 -> body.append("The deal is worth $").append(1 + random.nextInt(90)).append('.')
					.append(random.nextInt(10)).append(" billion over ").append(2 + random.nextInt(9))
					.append(" years, according to ").append(person(random)).append(", a spokesperson for ")
					.append(pick(random, this.countries)).append("'s finance ministry.");
				case 1 -> body.append("Exports from ").append(pick(random, this.countries)).append(" rose ")
					.append(random.nextInt(40)).append(" percent last year, while ")
					.append(String.format("%,d", 1_000 + random.nextInt(90_000)))
					.append(" workers crossed the border every day.");
				case 2 -> body.append('"').append(pick(random, FILLER)).append("\" ").append(person(random))
					.append(" told reporters in ").append(pick(random, this.places)).append('.');
				default -> body.append(pick(random, FILLER)).append(' ').append(pick(random, FILLER));
			}
		}
		return body.toString();
	}

	private String person(Random random) {
		return pick(random, this.names) + " " + pick(random, this.names) + "son";
	}

	private static void styles(StringBuilder html, Random random, int bytes) {
		html.append("<style>");
		for (int start = html.length(), i = 0; html.length() - start < bytes; i++) {
			html.append(".c").append(i).append("-").append(random.nextInt(999))
				.append("{margin:0 auto;padding:").append(random.nextInt(24)).append("px;color:#")
				.append(Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF))).append(";font-size:")
				.append(12 + random.nextInt(12)).append("px}\n");
		}
		html.append("</style>\n");
	}

	private static void navigation(StringBuilder html, Random random, int bytes) {
		html.append("<nav><ul class=\"menu\">");
		for (int start = html.length(); html.length() - start < bytes;) {
			String section = pick(random, SECTIONS);
			html.append("<li class=\"menu-item\"><a href=\"/").append(section.toLowerCase()).append('/')
				.append(random.nextInt(500)).append("\">").append(section).append("</a></li>");
		}
		html.append("</ul></nav>\n");
	}

	private void related(StringBuilder html, Random random, int bytes) {
		for (int start = html.length(); html.length() - start < bytes;) {
			html.append("<li><a href=\"/story/").append(random.nextInt(1_000_000)).append("\">")
				.append(pick(random, this.countries)).append(' ').append(pick(random, VERBS)).append(' ')
				.append(pick(random, TOPICS)).append("</a> <span class=\"ago\">").append(1 + random.nextInt(23))
				.append(" hours ago</span></li>\n");
		}
	}

	private static void scripts(StringBuilder html, Random random, int bytes) {
		html.append("<script>window.dataLayer=window.dataLayer||[];");
		for (int start = html.length(); html.length() - start < bytes;) {
			html.append("dataLayer.push({event:'slot").append(random.nextInt(1000)).append("',size:[")
				.append(300 + random.nextInt(400)).append(',').append(50 + random.nextInt(250)).append("]});\n");
		}
		html.append("</script>\n");
	}

	private static String pick(Random random, List<String> from) {
		return from.get(random.nextInt(from.size()));
	}

	private static String pick(Random random, String[] from) {
		return from[random.nextInt(from.length)];
	}

	/** One column of a vocabulary file of the enrichment service (comments and blank lines skipped). */
	private static List<String> vocabulary(String resource, int column) {
		var stream = PageGenerator.class.getClassLoader().getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException(resource + " is missing from the class path (enrich-service)");
		}
		List<String> values = new ArrayList<>();
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] columns = line.split("\t");
					if (columns.length > column && !columns[column].isBlank()) {
						values.add(columns[column].strip());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return values;
	}
}
