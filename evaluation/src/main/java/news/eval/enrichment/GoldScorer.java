package news.eval.enrichment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Scores predictions against gold documents exactly as {@code shared/tools/score_enrich.py} does
 * (GUIDELINES.md): per document sets, greedy one-to-one matching in the order of the gold file and of the
 * prediction, optional items neither rewarded nor punished, micro totals over all documents. Documents and
 * predictions are plain JSON trees (maps, lists, strings, numbers).
 */
public final class GoldScorer {

	private static final Pattern COMBINING = Pattern.compile("\\p{M}");

	private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("['’]s$");

	/** Python's {@code [^\w ]}: anything but letters, digits, underscore and the space. */
	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_ ]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Relative tolerance on a figure's value. */
	private static final double VALUE_TOLERANCE = 0.005;

	private static final String[][] PLURAL_SUFFIXES = { { "ies", "y" }, { "ses", "s" }, { "s", "" } };

	private final Map<String, Counts> totals = new LinkedHashMap<>();

	public GoldScorer() {
		for (String type : Predictions.types()) {
			this.totals.put(type, new Counts());
		}
	}

	/**
	 * Adds one gold document and its prediction (null or missing fields count as empty).
	 * @param report receives a line per type where the document has errors, or null
	 */
	@SuppressWarnings("unchecked")
	public void add(Map<String, Object> gold, Map<String, Object> prediction, Consumer<String> report) {
		Map<String, Object> p = (prediction != null) ? prediction : Map.of();
		Map<String, Counts> rows = new LinkedHashMap<>();
		Set<String> predictedCountries = new LinkedHashSet<>();
		for (Object code : list(p.get("countries"))) {
			predictedCountries.add(String.valueOf(code).toUpperCase(Locale.ROOT));
		}
		rows.put("countries", matchSets(new LinkedHashSet<>(strings(gold.get("countries"))),
				new HashSet<>(strings(gold.get("countries_optional"))), new ArrayList<>(predictedCountries),
				Objects::equals));
		rows.put("people",
				matchSets(folded(gold.get("people")), folded(gold.get("people_optional")),
						new ArrayList<>(folded(p.get("people"))), Objects::equals));
		List<Map<String, Object>> goldFigures = dedupe((List<Map<String, Object>>) (List<?>) list(gold.get("figures")));
		List<Map<String, Object>> optional = (List<Map<String, Object>>) (List<?>) list(gold.get("figures_optional"));
		List<Map<String, Object>> predicted = dedupe((List<Map<String, Object>>) (List<?>) list(p.get("figures")));
		rows.put("figures", matchSets(goldFigures, optional, predicted, (g, f) -> figureMatch(g, f, true)));
		rows.put("figure values", matchSets(goldFigures, optional, predicted, (g, f) -> figureMatch(g, f, false)));
		rows.forEach((type, counts) -> {
			this.totals.get(type).add(counts);
			if (report != null && (counts.fp() > 0 || counts.fn() > 0)) {
				String id = String.valueOf(gold.get("id"));
				report.accept(String.format("  %-40s %s: %s", id.substring(0, Math.min(40, id.length())), type,
						counts));
			}
		});
	}

	/** Totals per type: countries, people, figures (value and unit), figure values. */
	public Map<String, Counts> totals() {
		return this.totals;
	}

	/** The four lines {@code score_enrich.py} prints. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		this.totals.forEach((type, counts) -> lines.add(counts.line(type)));
		return lines;
	}

	/** Greedy one-to-one matching; predictions that match optional gold are ignored. */
	static <T> Counts matchSets(Iterable<T> gold, Iterable<T> optional, List<T> predicted, BiPredicate<T, T> eq) {
		List<T> open = new ArrayList<>();
		gold.forEach(open::add);
		int tp = 0;
		int fp = 0;
		for (T p : predicted) {
			int i = indexOfMatch(open, p, eq);
			if (i >= 0) {
				open.remove(i);
				tp++;
			}
			else if (!anyMatch(optional, p, eq)) {
				fp++;
			}
		}
		return new Counts(tp, fp, open.size());
	}

	private static <T> int indexOfMatch(List<T> gold, T p, BiPredicate<T, T> eq) {
		for (int i = 0; i < gold.size(); i++) {
			if (eq.test(gold.get(i), p)) {
				return i;
			}
		}
		return -1;
	}

	private static <T> boolean anyMatch(Iterable<T> optional, T p, BiPredicate<T, T> eq) {
		for (T o : optional) {
			if (eq.test(o, p)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Names compare case-insensitively, without diacritics, hyphens as spaces, a trailing possessive and
	 * punctuation dropped.
	 */
	static String fold(String name) {
		String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
		s = COMBINING.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace('-', ' ');
		s = TRAILING_POSSESSIVE.matcher(s.strip()).replaceAll("");
		return SPACES.matcher(NOT_WORD.matcher(s).replaceAll("")).replaceAll(" ").strip();
	}

	/** Units compare lower-cased and singular; every spelling of percent is "%". */
	static String singular(String unit) {
		String u = (unit == null) ? "" : unit.strip().toLowerCase(Locale.ROOT);
		if (u.equals("%") || u.equals("percent") || u.equals("per cent") || u.equals("pct")) {
			return "%";
		}
		for (String[] rule : PLURAL_SUFFIXES) {
			if (u.length() > 3 && u.endsWith(rule[0]) && !u.endsWith("ss")) {
				return u.substring(0, u.length() - rule[0].length()) + rule[1];
			}
		}
		return u;
	}

	static boolean figureMatch(Map<String, Object> gold, Map<String, Object> predicted, boolean unit) {
		double g = number(gold.get("value"));
		double p = number(predicted.get("value"));
		if (!(Math.abs(g - p) <= VALUE_TOLERANCE * Math.max(Math.abs(g), 1e-9))) {
			return false;
		}
		if (!unit) {
			return true;
		}
		Set<String> units = new HashSet<>();
		units.add(singular(string(gold.get("unit"))));
		for (String alt : strings(gold.get("units_alt"))) {
			units.add(singular(alt));
		}
		return units.contains(singular(unitOf(predicted)));
	}

	/** A figure stated twice counts once: the first of each (value rounded to 6 decimals, unit) is kept. */
	static List<Map<String, Object>> dedupe(List<Map<String, Object>> figures) {
		Set<String> seen = new HashSet<>();
		List<Map<String, Object>> out = new ArrayList<>();
		for (Map<String, Object> figure : figures) {
			double value = number(figure.get("value"));
			// Python: NaN never equals itself, and a value that is no number makes the figure unique.
			String key = Double.isNaN(value) ? "\u0000" + out.size() + "\u0000" + System.identityHashCode(figure)
					: round6(value) + "\u0000" + singular(unitOf(figure));
			if (seen.add(key)) {
				out.add(figure);
			}
		}
		return out;
	}

	private static String round6(double value) {
		if (Double.isInfinite(value)) {
			return Double.toString(value);
		}
		return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
	}

	/** {@code p.get('unit') or p.get('currency') or ''}. */
	private static String unitOf(Map<String, Object> figure) {
		String unit = string(figure.get("unit"));
		if (unit == null || unit.isEmpty()) {
			unit = string(figure.get("currency"));
		}
		return (unit == null) ? "" : unit;
	}

	/** Python's {@code float(x)}; NaN where it would fail. */
	private static double number(Object value) {
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		if (value instanceof String s) {
			try {
				return Double.parseDouble(s.strip());
			}
			catch (NumberFormatException ex) {
				return Double.NaN;
			}
		}
		return Double.NaN;
	}

	private static String string(Object value) {
		return (value == null) ? null : value.toString();
	}

	private static List<?> list(Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	private static List<String> strings(Object value) {
		return list(value).stream().map(String::valueOf).toList();
	}

	private static Set<String> folded(Object names) {
		Set<String> folded = new LinkedHashSet<>();
		for (String name : strings(names)) {
			folded.add(fold(name));
		}
		return folded;
	}

}
