package news.enrich.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the phrases of a vocabulary in tokenised text: phrases are indexed by their first
 * token, so a lookup costs one hash probe per position plus a comparison per phrase
 * sharing that first token.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

	private final Map<String, List<Phrase<V>>> byFirstToken;

	private final boolean ignoreCase;

	private final int maxLength;

	private PhraseMatcher(Map<String, List<Phrase<V>>> byFirstToken, boolean ignoreCase) {
		this.byFirstToken = byFirstToken;
		this.ignoreCase = ignoreCase;
		this.maxLength = byFirstToken.values()
			.stream()
			.flatMap(List::stream)
			.mapToInt((phrase) -> phrase.keys.length)
			.max()
			.orElse(0);
	}

	public static <V> Builder<V> builder(Tokenizer tokenizer, boolean ignoreCase) {
		return new Builder<>(tokenizer, ignoreCase);
	}

	/** The longest phrase that starts at token {@code index}, or null. */
	public Match<V> longestAt(List<Token> tokens, int index) {
		List<Phrase<V>> candidates = this.byFirstToken.get(key(tokens.get(index)));
		if (candidates == null) {
			return null;
		}
		for (Phrase<V> phrase : candidates) {
			if (matches(phrase, tokens, index)) {
				return new Match<>(phrase.value, index, index + phrase.keys.length);
			}
		}
		return null;
	}

	/** The longest phrase that ends just before token {@code end}, or null. */
	public Match<V> longestEndingAt(List<Token> tokens, int end) {
		for (int start = Math.max(0, end - this.maxLength); start < end; start++) {
			List<Phrase<V>> candidates = this.byFirstToken.get(key(tokens.get(start)));
			if (candidates != null) {
				for (Phrase<V> phrase : candidates) {
					if (phrase.keys.length == end - start && matches(phrase, tokens, start)) {
						return new Match<>(phrase.value, start, end);
					}
				}
			}
		}
		return null;
	}

	/** What the single token stands for, when it is a phrase of its own. */
	public V single(String token) {
		List<Phrase<V>> candidates = this.byFirstToken.get(this.ignoreCase ? token.toLowerCase(Locale.ROOT) : token);
		if (candidates == null) {
			return null;
		}
		return candidates.stream()
			.filter((phrase) -> phrase.keys.length == 1)
			.map((phrase) -> phrase.value)
			.findFirst()
			.orElse(null);
	}

	private boolean matches(Phrase<V> phrase, List<Token> tokens, int start) {
		if (start + phrase.keys.length > tokens.size()) {
			return false;
		}
		for (int k = 1; k < phrase.keys.length; k++) {
			if (!phrase.keys[k].equals(key(tokens.get(start + k)))) {
				return false;
			}
		}
		return true;
	}

	private String key(Token token) {
		return this.ignoreCase ? token.lower() : token.text();
	}

	/**
	 * A phrase found in the text: tokens {@code start} (inclusive) to {@code end}
	 * (exclusive).
	 */
	public record Match<V>(V value, int start, int end) {
	}

	private record Phrase<V>(String[] keys, V value) {
	}

	public static final class Builder<V> {

		private final Tokenizer tokenizer;

		private final boolean ignoreCase;

		private final Map<String, List<Phrase<V>>> byFirstToken = new HashMap<>();

		private Builder(Tokenizer tokenizer, boolean ignoreCase) {
			this.tokenizer = tokenizer;
			this.ignoreCase = ignoreCase;
		}

		/**
		 * Adds a phrase, tokenised as the articles are; the first value given for a
		 * phrase wins.
		 */
		public Builder<V> add(String phrase, V value) {
			String[] keys = this.tokenizer.tokenize(phrase)
				.tokens()
				.stream()
				.map((token) -> this.ignoreCase ? token.lower() : token.text())
				.toArray(String[]::new);
			if (keys.length == 0) {
				return this;
			}
			List<Phrase<V>> phrases = this.byFirstToken.computeIfAbsent(keys[0], (first) -> new ArrayList<>());
			if (phrases.stream().noneMatch((known) -> Arrays.equals(known.keys, keys))) {
				phrases.add(new Phrase<>(keys, value));
			}
			return this;
		}

		public PhraseMatcher<V> build() {
			this.byFirstToken.values()
				.forEach((phrases) -> phrases.sort(Comparator.comparingInt((Phrase<V> p) -> -p.keys.length)));
			return new PhraseMatcher<>(this.byFirstToken, this.ignoreCase);
		}

	}

}
