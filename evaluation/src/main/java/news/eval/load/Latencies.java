package news.eval.load;

import java.util.List;

/** Percentiles of submit→searchable times, in ms (nearest rank). */
record Latencies(List<Double> sortedMs) {

	static Latencies of(LoadRun.Result result) {
		return new Latencies(result.searchable()
			.stream()
			.map(a -> (double) (a.searchableMs() - a.submittedMs()))
			.sorted()
			.toList());
	}

	double percentile(double p) {
		if (this.sortedMs.isEmpty()) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100 * this.sortedMs.size());
		return this.sortedMs.get(Math.max(0, rank - 1));
	}
}
