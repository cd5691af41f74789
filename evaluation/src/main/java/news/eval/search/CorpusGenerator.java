package news.eval.search;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import news.events.Article;
import news.events.ArticleEnriched;
import news.events.ArticleId;
import news.events.CountryTag;
import news.events.Figure;
import news.events.PersonTag;

/**
 * Synthetic enriched articles: Zipf-distributed words in sentences and paragraphs of news length, a title, a
 * site, a language, a publication time within {@link #YEARS} years, tagged countries and people that the text
 * names, and figures with units stated in their sentences. Article {@code n} depends only on the seed and
 * {@code n}: a corpus of 5,000 is the first 5,000 of a corpus of 100,000.
 */
final class CorpusGenerator {

	static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

	static final int YEARS = 3;

	private static final long SPAN_SECONDS = Duration.ofDays(365L * YEARS).toSeconds();

	private final Vocabulary vocabulary;

	private final long seed;

	private final String marker;

	/** @param marker the enrichment version every article carries: how {@link CorpusIndex} finds the corpus */
	CorpusGenerator(Vocabulary vocabulary, long seed, String marker) {
		this.vocabulary = vocabulary;
		this.seed = seed;
		this.marker = marker;
	}

	ArticleEnriched article(long n) {
		SplittableRandom random = new SplittableRandom(this.seed * 0x9E3779B97F4A7C15L + n);
		Vocabulary v = this.vocabulary;
		Map<String, Vocabulary.Country> countries = new LinkedHashMap<>();
		int countryCount = pick(random, 0.1, 0.55, 0.25);
		while (countries.size() < countryCount) {
			Vocabulary.Country c = v.countries.draw(random);
			countries.put(c.code(), c);
		}
		Set<String> people = new LinkedHashSet<>();
		int peopleCount = pick(random, 0.3, 0.35, 0.2);
		while (people.size() < peopleCount) {
			people.add(v.people.draw(random));
		}
		List<Figure> figures = new ArrayList<>();
		int figureCount = pick(random, 0.25, 0.3, 0.25, 0.1);
		for (int i = 0; i < figureCount; i++) {
			figures.add(figure(random));
		}
		String title = title(random, countries.values(), people);
		String body = body(random, countries.values(), people, figures);
		String site = v.sites.draw(random);
		Instant published = START.plusSeconds(random.nextLong(SPAN_SECONDS));
		ZonedDateTime day = published.atZone(ZoneOffset.UTC);
		String url = String.format(Locale.ROOT, "https://%s.example/%d/%02d/%s-%d", slug(site), day.getYear(),
				day.getMonthValue(), slug(title), n);
		Instant fetched = published.plusSeconds(60 + random.nextInt(6 * 3600));
		Article article = new Article(ArticleId.of(url), url, url, site, title, List.of(v.people.draw(random)),
				published, v.languages.draw(random), body, fetched);
		return new ArticleEnriched(this.marker, fetched.plusSeconds(1), article,
				countries.values().stream().map(c -> new CountryTag(c.code(), c.name(), 1 + random.nextInt(4))).toList(),
				people.stream().map(p -> new PersonTag(p, 1 + random.nextInt(3))).toList(), figures);
	}

	private String title(SplittableRandom random, Iterable<Vocabulary.Country> countries, Set<String> people) {
		StringBuilder title = new StringBuilder();
		countries.forEach(c -> title.append(c.name()).append(' '));
		if (!people.isEmpty() && random.nextBoolean()) {
			String person = people.iterator().next();
			title.append(person.substring(person.lastIndexOf(' ') + 1)).append(' ');
		}
		words(random, title, 4 + random.nextInt(6), this.vocabulary.queryWords);
		return capitalise(title.toString().strip());
	}

	/** 4–8 paragraphs of 2–4 sentences: about 2.5 KB, news length. The lead names the countries and people. */
	private String body(SplittableRandom random, Iterable<Vocabulary.Country> countries, Set<String> people,
			List<Figure> figures) {
		List<String> sentences = new ArrayList<>();
		countries.forEach(c -> sentences.add(sentence(random, c.name() + " ")));
		people.forEach(p -> sentences.add(capitalise(p + " " + this.vocabulary.reportingVerbs
			.get(random.nextInt(this.vocabulary.reportingVerbs.size())) + " " + sentence(random, ""))));
		figures.forEach(f -> sentences.add(f.sentence()));
		int paragraphs = 4 + random.nextInt(5);
		StringBuilder body = new StringBuilder();
		int next = 0;
		for (int p = 0; p < paragraphs; p++) {
			if (p > 0) {
				body.append("\n\n");
			}
			int count = 2 + random.nextInt(3);
			for (int s = 0; s < count; s++) {
				body.append(s > 0 ? " " : "").append(next < sentences.size() ? sentences.get(next++) : sentence(random, ""));
			}
		}
		while (next < sentences.size()) {
			body.append(' ').append(sentences.get(next++));
		}
		return body.toString();
	}

	private String sentence(SplittableRandom random, String start) {
		StringBuilder sentence = new StringBuilder(start);
		words(random, sentence, 8 + random.nextInt(16), this.vocabulary.words);
		return capitalise(sentence.toString().strip()) + ".";
	}

	private Figure figure(SplittableRandom random) {
		Vocabulary v = this.vocabulary;
		String text;
		double value;
		String unit;
		Figure.Kind kind;
		switch (pick(random, 0.4, 0.25, 0.15)) {
			case 0 -> {
				Vocabulary.Currency currency = v.currencies.draw(random);
				int scale = pick(random, 0.2, 0.5);
				String scaleWord = List.of("thousand", "million", "billion").get(scale);
				int amount = 1 + random.nextInt(999);
				value = amount * Math.pow(1000, scale + 1);
				text = currency.prefix() ? currency.surface() + amount + " " + scaleWord
						: amount + " " + scaleWord + " " + currency.surface();
				unit = currency.code();
				kind = Figure.Kind.MONEY;
			}
			case 1 -> {
				value = (1 + random.nextInt(999)) / 10.0;
				text = value + "%";
				unit = "%";
				kind = Figure.Kind.PERCENT;
			}
			case 2 -> {
				value = 1 + random.nextInt(9_999);
				unit = v.measures.draw(random);
				text = String.format(Locale.ROOT, "%,d %s", (long) value, unit);
				kind = Figure.Kind.MEASURE;
			}
			default -> {
				value = 2 + random.nextInt(49_999);
				unit = v.countedNouns.draw(random);
				text = String.format(Locale.ROOT, "%,d %ss", (long) value, unit);
				kind = Figure.Kind.COUNT;
			}
		}
		StringBuilder sentence = new StringBuilder();
		words(random, sentence, 3 + random.nextInt(6), v.words);
		sentence.append(text).append(' ');
		words(random, sentence, 3 + random.nextInt(8), v.words);
		return new Figure(value, unit, kind, text, null, capitalise(sentence.toString().strip()) + ".");
	}

	private static void words(SplittableRandom random, StringBuilder to, int count, ZipfSampler<String> words) {
		for (int i = 0; i < count; i++) {
			to.append(words.draw(random)).append(' ');
		}
	}

	/** 0 with probability p[0], 1 with p[1], …, p.length with what is left. */
	static int pick(SplittableRandom random, double... p) {
		double u = random.nextDouble();
		for (int i = 0; i < p.length; i++) {
			u -= p[i];
			if (u < 0) {
				return i;
			}
		}
		return p.length;
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", "-").replaceAll("^-|-$", "");
		return slug.length() > 60 ? slug.substring(0, 60) : slug;
	}
}
