package news.eval.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.eval.InputFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What synthetic articles are made of, all from the project's own material: words, word pairs, countries,
 * people and figure units ranked by how often the project's gold texts use them, with the enrich-service
 * gazetteers (places, organisation words, given names, currencies, units) as the long tail. No third-party text.
 */
final class Vocabulary {

	/** Zipf exponent of word frequencies in English text. */
	static final double WORD_EXPONENT = 1.0;

	/** Enough distinct people and sites for facets with a long tail. */
	private static final int PEOPLE = 3_000;

	private static final int SITES = 300;

	/** Masthead words for site names ("Astana Times"). */
	private static final List<String> MASTHEADS = List.of("Times", "Post", "Herald", "Tribune", "Daily", "News",
			"Gazette", "Observer", "Chronicle", "Journal", "Express", "Monitor");

	/** Languages a pipeline fed mostly English news sees, most frequent first. */
	static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "tr", "ru", "it", "pt");

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Country(String code, String name) {
	}

	record Currency(String code, String surface, boolean prefix) {
	}

	final ZipfSampler<String> words;

	final ZipfSampler<String> queryWords;

	final ZipfSampler<String> phrases;

	final ZipfSampler<Country> countries;

	final ZipfSampler<String> people;

	final ZipfSampler<String> sites;

	final ZipfSampler<String> languages;

	final ZipfSampler<Currency> currencies;

	final ZipfSampler<String> measures;

	final ZipfSampler<String> countedNouns;

	final List<String> reportingVerbs;

	private Vocabulary(Gold gold) {
		Set<String> function = new LinkedHashSet<>(resource("function-words.txt"));
		List<String> ranked = new ArrayList<>(byCount(gold.words));
		List<String[]> places = rows("places.tsv");
		places.forEach(p -> ranked.add(p[0]));
		ranked.addAll(resource("organisation-words.txt"));
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ranked));
		this.words = new ZipfSampler<>(distinct, WORD_EXPONENT);
		this.queryWords = new ZipfSampler<>(distinct.stream()
			.filter(w -> !function.contains(w.toLowerCase(Locale.ROOT)) && w.length() > 2)
			.toList(), WORD_EXPONENT);
		this.phrases = new ZipfSampler<>(byCount(gold.pairs(function)), WORD_EXPONENT);
		Map<String, Country> allCountries = new LinkedHashMap<>();
		rows("countries.tsv").stream()
			.filter(r -> r[0].length() == 2)
			.forEach(r -> allCountries.put(r[0], new Country(r[0], r[1])));
		this.countries = new ZipfSampler<>(rankedFirst(gold.countries, allCountries), WORD_EXPONENT);
		this.people = new ZipfSampler<>(people(gold.people), WORD_EXPONENT);
		this.sites = new ZipfSampler<>(places.stream()
			.filter(p -> p.length > 1 && !p[1].isBlank())
			.map(p -> p[0] + " " + MASTHEADS.get(Math.floorMod(p[0].hashCode(), MASTHEADS.size())))
			.distinct()
			.limit(SITES)
			.toList(), WORD_EXPONENT);
		// Steeper than words: English dominates the feed, the others share what is left.
		this.languages = new ZipfSampler<>(LANGUAGES, 2.5);
		Map<String, Currency> allCurrencies = new LinkedHashMap<>();
		rows("currencies.tsv").forEach(r -> allCurrencies.merge(r[1], new Currency(r[1], r[0], !"suffix".equals(r[2])),
				(a, b) -> a.prefix() || !b.prefix() ? a : b));
		this.currencies = new ZipfSampler<>(rankedFirst(gold.units, allCurrencies), WORD_EXPONENT);
		Map<String, String> allMeasures = new LinkedHashMap<>();
		rows("units.tsv").stream().filter(r -> "MEASURE".equals(r[2])).forEach(r -> allMeasures.put(r[1], r[1]));
		this.measures = new ZipfSampler<>(rankedFirst(gold.units, allMeasures), WORD_EXPONENT);
		this.countedNouns = new ZipfSampler<>(byCount(gold.units).stream()
			.filter(u -> !allCurrencies.containsKey(u) && !allMeasures.containsKey(u) && !"%".equals(u)
					&& u.equals(u.toLowerCase(Locale.ROOT)))
			.toList(), WORD_EXPONENT);
		this.reportingVerbs = resource("reporting-verbs.txt").stream().filter(v -> v.endsWith("s") || v.endsWith("d"))
			.toList();
	}

	/** @param goldDir the project's gold texts ({@code evaluation/src/test/resources/enrich-gold}) */
	static Vocabulary load(Path goldDir) throws IOException {
		Gold gold = new Gold();
		for (Path file : InputFiles.list(goldDir, ".json")) {
			gold.add(JSON.readTree(file.toFile()));
		}
		if (gold.words.isEmpty()) {
			throw new IllegalArgumentException("No gold texts in " + goldDir);
		}
		return new Vocabulary(gold);
	}

	/** The gold texts' words, word pairs, countries, people and figure units, with their counts. */
	private static final class Gold {

		final Map<String, Integer> words = new HashMap<>();

		final List<List<String>> sentences = new ArrayList<>();

		final Map<String, Integer> countries = new HashMap<>();

		final Map<String, Integer> units = new HashMap<>();

		final Set<String> people = new LinkedHashSet<>();

		void add(JsonNode gold) {
			for (String sentence : gold.path("text").asString("").split("[.!?\\n]+")) {
				List<String> tokens = new ArrayList<>();
				Matcher m = WORD.matcher(sentence);
				while (m.find()) {
					tokens.add(m.group());
					this.words.merge(m.group(), 1, Integer::sum);
				}
				this.sentences.add(tokens);
			}
			gold.path("countries").forEach(c -> this.countries.merge(c.asString(), 1, Integer::sum));
			gold.path("people").forEach(p -> this.people.add(p.asString()));
			gold.path("figures").forEach(f -> this.units.merge(f.path("unit").asString(), 1, Integer::sum));
		}

		/** Adjacent lower-case content words ("rail crossing"): what people search for as a phrase. */
		Map<String, Integer> pairs(Set<String> function) {
			Map<String, Integer> pairs = new HashMap<>();
			for (List<String> tokens : this.sentences) {
				for (int i = 1; i < tokens.size(); i++) {
					String a = tokens.get(i - 1);
					String b = tokens.get(i);
					if (isContent(a, function) && isContent(b, function)) {
						pairs.merge(a + " " + b, 1, Integer::sum);
					}
				}
			}
			return pairs;
		}

		private static boolean isContent(String word, Set<String> function) {
			return word.length() > 2 && word.equals(word.toLowerCase(Locale.ROOT)) && !function.contains(word);
		}
	}

	/** Most frequent first; ties in alphabetical order, so the ranking is the same on every run. */
	private static List<String> byCount(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The values whose keys the gold texts use, most used first, then all others in file order. */
	private static <T> List<T> rankedFirst(Map<String, Integer> goldCounts, Map<String, T> all) {
		Map<String, T> ranked = new LinkedHashMap<>();
		byCount(goldCounts).stream().filter(all::containsKey).forEach(k -> ranked.put(k, all.get(k)));
		all.forEach(ranked::putIfAbsent);
		return List.copyOf(ranked.values());
	}

	/** The gold texts' people, then given name + surname pairs made from them and the given-name lists. */
	private static List<String> people(Set<String> goldPeople) {
		List<String> given = new ArrayList<>(resource("given-names.txt"));
		given.addAll(resource("given-names-more.txt"));
		List<String> surnames = new ArrayList<>(goldPeople.stream().map(p -> p.substring(p.lastIndexOf(' ') + 1)).toList());
		surnames.addAll(given);
		Set<String> people = new LinkedHashSet<>(goldPeople);
		SplittableRandom random = new SplittableRandom(PEOPLE);
		while (people.size() < PEOPLE) {
			String first = given.get(random.nextInt(given.size()));
			String last = surnames.get(random.nextInt(surnames.size()));
			if (!first.equals(last)) {
				people.add(first + " " + last);
			}
		}
		return List.copyOf(people);
	}

	private static List<String[]> rows(String name) {
		return resource(name).stream().map(line -> line.split("\t", -1)).toList();
	}

	/** The non-comment lines of an enrich-service gazetteer ({@code tag/<name>}). */
	private static List<String> resource(String name) {
		try (InputStream in = Vocabulary.class.getResourceAsStream("/tag/" + name)) {
			if (in == null) {
				throw new IllegalStateException("enrich-service gazetteer tag/" + name + " is not on the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
