package news.eval.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two small charts as SVG text: lines over time, and a histogram. Hand-written: a few dozen lines of markup,
 * where a charting library would bring a rendering stack into the build for two pictures.
 */
final class Svg {

	private static final int WIDTH = 720;

	private static final int HEIGHT = 320;

	private static final int LEFT = 60;

	private static final int BOTTOM = 40;

	private static final int TOP = 30;

	private static final String[] COLOURS = { "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b" };

	private Svg() {
	}

	/** One line per series over the shared x values. */
	static String lines(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
		double xMax = max(x);
		double yMax = series.values().stream().mapToDouble(Svg::max).max().orElse(1);
		StringBuilder svg = frame(title, xLabel, yLabel, xMax, yMax);
		int colour = 0;
		for (var entry : series.entrySet()) {
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < x.length; i++) {
				points.append(fmt(sx(x[i], xMax))).append(',').append(fmt(sy(entry.getValue()[i], yMax))).append(' ');
			}
			String c = COLOURS[colour % COLOURS.length];
			svg.append("<polyline fill=\"none\" stroke=\"").append(c).append("\" stroke-width=\"1.5\" points=\"")
				.append(points).append("\"/>\n");
			svg.append("<text x=\"").append(WIDTH - 170).append("\" y=\"").append(TOP + 14 + 14 * colour)
				.append("\" fill=\"").append(c).append("\" font-size=\"12\">").append(entry.getKey()).append("</text>\n");
			colour++;
		}
		return svg.append("</svg>\n").toString();
	}

	/** Counts of values in {@code bins} equal bins from 0 to the largest value. */
	static String histogram(String title, String xLabel, List<Double> values, int bins) {
		double xMax = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
		int[] counts = new int[bins];
		for (double v : values) {
			counts[Math.min(bins - 1, (int) (v / xMax * bins))]++;
		}
		int yMax = 1;
		for (int c : counts) {
			yMax = Math.max(yMax, c);
		}
		StringBuilder svg = frame(title, xLabel, "articles", xMax, yMax);
		double w = (WIDTH - LEFT - 20.0) / bins;
		for (int i = 0; i < bins; i++) {
			double y = sy(counts[i], yMax);
			svg.append("<rect x=\"").append(fmt(LEFT + i * w)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
				.append(fmt(w - 1)).append("\" height=\"").append(fmt(HEIGHT - BOTTOM - y))
				.append("\" fill=\"#1f77b4\"/>\n");
		}
		return svg.append("</svg>\n").toString();
	}

	private static StringBuilder frame(String title, String xLabel, String yLabel, double xMax, double yMax) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
			.append(HEIGHT).append("\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"18\" text-anchor=\"middle\" font-size=\"14\">")
			.append(title).append("</text>\n");
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"")
			.append(WIDTH - 20).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"black\"/>\n");
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
			.append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"black\"/>\n");
		for (int t = 0; t <= 4; t++) {
			double xv = xMax * t / 4;
			double yv = yMax * t / 4;
			svg.append("<text x=\"").append(fmt(sx(xv, xMax))).append("\" y=\"").append(HEIGHT - BOTTOM + 15)
				.append("\" text-anchor=\"middle\" font-size=\"11\">").append(fmt(xv)).append("</text>\n");
			svg.append("<text x=\"").append(LEFT - 5).append("\" y=\"").append(fmt(sy(yv, yMax) + 4))
				.append("\" text-anchor=\"end\" font-size=\"11\">").append(fmt(yv)).append("</text>\n");
		}
		svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT - 5)
			.append("\" text-anchor=\"middle\" font-size=\"12\">").append(xLabel).append("</text>\n");
		svg.append("<text x=\"14\" y=\"").append(HEIGHT / 2).append("\" transform=\"rotate(-90 14 ").append(HEIGHT / 2)
			.append(")\" text-anchor=\"middle\" font-size=\"12\">").append(yLabel).append("</text>\n");
		return svg;
	}

	private static double sx(double x, double xMax) {
		return LEFT + (WIDTH - LEFT - 20) * (xMax == 0 ? 0 : x / xMax);
	}

	private static double sy(double y, double yMax) {
		return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (yMax == 0 ? 0 : y / yMax);
	}

	private static double max(double[] values) {
		double max = 0;
		for (double v : values) {
			max = Math.max(max, v);
		}
		return max == 0 ? 1 : max;
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.1f", v);
	}
}
