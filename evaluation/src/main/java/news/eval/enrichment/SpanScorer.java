package news.eval.enrichment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.enrich.tag.Mention;

/**
 * Span-level scores against span-annotated corpora ({@code {start, end (exclusive), label}} per entity).
 * <ul>
 * <li>{@link #addExact}: an entity is found when a mention of the same label has exactly its start and end
 * offsets; micro precision, recall and F1 per label over all documents (CoNLL-style).</li>
 * <li>{@link #addOverlap}: recall only; a gold span is found when any predicted span of the accepted labels
 * shares at least one character with it.</li>
 * </ul>
 */
public final class SpanScorer {

	private final Map<String, Counts> totals = new LinkedHashMap<>();

	public SpanScorer(String... labels) {
		for (String label : labels) {
			this.totals.put(label, new Counts());
		}
	}

	/** A span of a document, labelled. */
	public record Span(int start, int end, String label) {

		boolean overlaps(Span other) {
			return this.start < other.end && other.start < this.end;
		}

	}

	/** Exact-match counts for each label this scorer was built with. */
	public void addExact(List<Span> gold, List<Span> predicted) {
		for (String label : this.totals.keySet()) {
			Set<Span> g = new HashSet<>();
			gold.stream().filter(s -> s.label().equals(label)).forEach(g::add);
			Set<Span> p = new HashSet<>();
			predicted.stream().filter(s -> s.label().equals(label)).forEach(p::add);
			int tp = 0;
			for (Span span : p) {
				if (g.contains(span)) {
					tp++;
				}
			}
			this.totals.get(label).add(tp, p.size() - tp, g.size() - tp);
		}
	}

	/** Overlap recall of the gold spans of each label; every predicted span counts, whatever its label. */
	public void addOverlap(List<Span> gold, List<Span> predicted) {
		for (String label : this.totals.keySet()) {
			int found = 0;
			int missed = 0;
			for (Span span : gold) {
				if (span.label().equals(label)) {
					if (predicted.stream().anyMatch(span::overlaps)) {
						found++;
					}
					else {
						missed++;
					}
				}
			}
			this.totals.get(label).add(found, 0, missed);
		}
	}

	public Map<String, Counts> totals() {
		return this.totals;
	}

	/** The spans of the given kinds, under the label each kind maps to. */
	public static List<Span> spans(List<Mention> mentions, Map<Mention.Kind, String> labels) {
		return mentions.stream()
			.filter(m -> labels.containsKey(m.kind()))
			.map(m -> new Span(m.start(), m.end(), labels.get(m.kind())))
			.toList();
	}

}
