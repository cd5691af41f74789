package news.search.index;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Comparator;

/**
 * Which of two writes of one article the index keeps: the higher enrichment version, and for equal versions the
 * later fetch. Writes of one article can arrive out of this order — a replay re-enriches old raw records while
 * the live pipeline enriches new ones, a reindex copies while the pipeline writes — so every writer keeps the
 * larger revision (ties replace: a redelivery rewrites the same content) and the result does not depend on the
 * order of arrival. Versions therefore only go forward: to undo a release, release the old rules under a higher
 * version.
 *
 * @param enrichmentVersion compared part by part, numerically where both parts are numbers ("2026.11.10" is
 * after "2026.11.9"); null (documents without one) is oldest
 * @param fetchedAt null is oldest
 */
public record ArticleRevision(String enrichmentVersion, Instant fetchedAt) implements Comparable<ArticleRevision> {

	/** The source fields a revision is read from. */
	static final String[] FIELDS = { "enrichmentVersion", "fetchedAt" };

	private static final Comparator<ArticleRevision> ORDER = Comparator
		.comparing(ArticleRevision::enrichmentVersion, Comparator.nullsFirst(ArticleRevision::compareVersions))
		.thenComparing(ArticleRevision::fetchedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

	static ArticleRevision of(ArticleDocument document) {
		return new ArticleRevision(document.enrichmentVersion(), document.fetchedAt());
	}

	/** Whether a document of this revision may replace one of {@code stored}. */
	boolean replaces(ArticleRevision stored) {
		return stored == null || compareTo(stored) >= 0;
	}

	@Override
	public int compareTo(ArticleRevision other) {
		return ORDER.compare(this, other);
	}

	// Hand-written: the JDK's Runtime.Version refuses non-numeric versions such as "test-1", and a version
	// library is a lot of dependency for ten lines.
	static int compareVersions(String a, String b) {
		String[] left = a.split("[.-]");
		String[] right = b.split("[.-]");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int order = isNumber(left[i]) && isNumber(right[i])
					? new BigInteger(left[i]).compareTo(new BigInteger(right[i])) : left[i].compareTo(right[i]);
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(left.length, right.length);
	}

	private static boolean isNumber(String part) {
		return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
	}
}
