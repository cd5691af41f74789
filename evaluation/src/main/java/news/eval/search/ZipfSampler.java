package news.eval.search;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws items of a ranked list with Zipf's law: the item of rank k (1-based) with probability proportional to
 * 1/k^s, as word, name and site frequencies in news roughly follow. Hand-written (a cumulative table and a binary
 * search) because no maths library is on this module's class path and this is all of it.
 */
final class ZipfSampler<T> {

	private final List<T> items;

	private final double[] cumulative;

	ZipfSampler(List<T> items, double exponent) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("nothing to draw from");
		}
		this.items = List.copyOf(items);
		this.cumulative = new double[items.size()];
		double sum = 0;
		for (int k = 0; k < this.cumulative.length; k++) {
			sum += 1 / Math.pow(k + 1, exponent);
			this.cumulative[k] = sum;
		}
	}

	T draw(RandomGenerator random) {
		double u = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int i = Arrays.binarySearch(this.cumulative, u);
		return this.items.get(Math.min(i >= 0 ? i : -i - 1, this.items.size() - 1));
	}

	int size() {
		return this.items.size();
	}
}
