package news.eval.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scoring rules of {@code ../shared/eval/README.md}, written to give the same numbers as the reference scorers
 * {@code score_extraction.py} (ScrapingHub) and {@code score_sets.py} (trafilatura, htmldate).
 */
final class ExtractionScores {

	/** Python's {@code \w+} on str: letters, numbers (all Unicode categories L and N) and underscore. */
	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

	/** Python's {@code \s} on str (the characters {@code str.isspace()} accepts). */
	private static final Pattern WHITESPACE = Pattern
		.compile("[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

	private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern BYLINE_LABEL = Pattern.compile("^(?:by|von|de|por|par)\\s+");

	private static final Pattern NAME_JOINER = Pattern.compile("\\s*(?:[;,&/]|\\b(?:und|and|y|et)\\b)\\s*");

	private static final Pattern TRAILING_DOT = Pattern.compile("\\.+$");

	private static final int SHINGLE = 4;

	private ExtractionScores() {
	}

	/** Precision, recall, F1 and (where defined) accuracy of one metric over {@code n} pages. */
	record Score(double precision, double recall, double f1, double accuracy, int n) {

		static Score ofCounts(int tp, int fp, int fn, int n) {
			double p = (tp + fp > 0) ? (double) tp / (tp + fp) : 0;
			double r = (tp + fn > 0) ? (double) tp / (tp + fn) : 0;
			double f = (2 * tp + fp + fn > 0) ? 2.0 * tp / (2 * tp + fp + fn) : 0;
			return new Score(p, r, f, Double.NaN, n);
		}

		static Score accuracy(int correct, int n) {
			return new Score(Double.NaN, Double.NaN, Double.NaN, (n > 0) ? (double) correct / n : 0, n);
		}

	}

	// ---- ScrapingHub: 4-token shingles, macro-averaged per page ----

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

	/** Multiset of 4-token shingles; a text of 1–3 tokens is one shorter shingle, no tokens no shingle. */
	static Map<List<String>, Integer> shingles(List<String> tokens) {
		Map<List<String>, Integer> counts = new HashMap<>();
		if (tokens.isEmpty()) {
			return counts;
		}
		int last = Math.max(1, tokens.size() - SHINGLE + 1);
		for (int i = 0; i < last; i++) {
			counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
		}
		return counts;
	}

	/**
	 * @param truth gold article bodies by page id
	 * @param predicted predicted bodies by page id (missing or null = empty)
	 * @param ids the pages to score
	 */
	static Score shingleScore(Map<String, String> truth, Map<String, String> predicted, List<String> ids) {
		double precisionSum = 0;
		int precisionPages = 0;
		double recallSum = 0;
		int recallPages = 0;
		int exact = 0;
		for (String id : ids) {
			List<String> trueTokens = tokens(truth.get(id));
			List<String> predTokens = tokens(predicted.get(id));
			Map<List<String>, Integer> st = shingles(trueTokens);
			Map<List<String>, Integer> sp = shingles(predTokens);
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (Map.Entry<List<String>, Integer> e : sp.entrySet()) {
				int t = st.getOrDefault(e.getKey(), 0);
				tp += Math.min(t, e.getValue());
				fp += Math.max(0, e.getValue() - t);
			}
			for (Map.Entry<List<String>, Integer> e : st.entrySet()) {
				fn += Math.max(0, e.getValue() - sp.getOrDefault(e.getKey(), 0));
			}
			double p;
			double r;
			if (fp == 0 && fn == 0) {
				p = 1;
				r = 1;
			}
			else {
				p = (tp == 0 && fp == 0) ? 0 : (double) tp / (tp + fp);
				r = (tp == 0 && fn == 0) ? 0 : (double) tp / (tp + fn);
			}
			if (tp + fp > 0) {
				precisionSum += p;
				precisionPages++;
			}
			if (tp + fn > 0) {
				recallSum += r;
				recallPages++;
			}
			exact += trueTokens.equals(predTokens) ? 1 : 0;
		}
		double p = (precisionPages > 0) ? precisionSum / precisionPages : 0;
		double r = (recallPages > 0) ? recallSum / recallPages : 0;
		double f1 = (p + r > 0) ? 2 * p * r / (p + r) : 0;
		return new Score(p, r, f1, ids.isEmpty() ? 0 : (double) exact / ids.size(), ids.size());
	}

	// ---- trafilatura: snippets found or not in the whitespace-normalised body, micro-averaged ----

	/** Python's {@code re.sub(r'\s+', ' ', s or '').strip()}. */
	static String normalise(String text) {
		return (text == null) ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
	}

	/** Adds one page's snippet counts to {@code counts} = {tp, fp, fn, tn}. */
	static void countSnippets(String body, List<String> with, List<String> without, int[] counts) {
		String normalised = normalise(body);
		for (String snippet : with) {
			counts[normalised.contains(normalise(snippet)) ? 0 : 2]++;
		}
		for (String snippet : without) {
			counts[normalised.contains(normalise(snippet)) ? 1 : 3]++;
		}
	}

	static boolean sameText(String gold, String predicted) {
		return normalise(predicted).equals(normalise(gold));
	}

	/** Authors compare as a list joined by "; ". */
	static boolean sameAuthors(List<String> gold, List<String> predicted) {
		return sameText(String.join("; ", gold), (predicted == null) ? "" : String.join("; ", predicted));
	}

	/**
	 * {@link #sameText} with what is presentation rather than extraction set aside: letter case (many golds copy a
	 * title as an external stylesheet's {@code text-transform: uppercase} shows it) and soft hyphens.
	 */
	static boolean sameTextLoosely(String gold, String predicted) {
		return loose(normalise(predicted)).equals(loose(normalise(gold)));
	}

	/**
	 * {@link #sameAuthors} with presentation set aside: letter case, a leading "By"/"Von" label and how the names are
	 * joined (some golds keep a byline's "A und B" or "A, B & C" as one string where the extractor gives a list).
	 */
	static boolean sameAuthorsLoosely(List<String> gold, List<String> predicted) {
		return names(String.join("; ", gold)).equals(names((predicted == null) ? "" : String.join("; ", predicted)));
	}

	private static List<String> names(String authors) {
		String byline = BYLINE_LABEL.matcher(loose(normalise(authors))).replaceFirst("");
		return Arrays.stream(NAME_JOINER.split(byline))
			.map(name -> TRAILING_DOT.matcher(name).replaceAll(""))
			.filter(name -> !name.isEmpty())
			.toList();
	}

	/** Upper then lower case, so "GROSSE" and "große" compare equal, as Python's casefold() does. */
	private static String loose(String text) {
		return text.replace("\u00AD", "").toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}

	/** The leading YYYY-MM-DD of a date value, or null. */
	static String day(String value) {
		if (value == null) {
			return null;
		}
		Matcher m = DAY.matcher(value);
		return m.find() ? m.group() : null;
	}

}
