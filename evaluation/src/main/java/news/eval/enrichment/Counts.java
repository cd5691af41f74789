package news.eval.enrichment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * True positives, false positives and false negatives of one type, summed over documents (micro average).
 */
public final class Counts {

	private int tp;

	private int fp;

	private int fn;

	public Counts() {
	}

	public Counts(int tp, int fp, int fn) {
		this.tp = tp;
		this.fp = fp;
		this.fn = fn;
	}

	void add(int tp, int fp, int fn) {
		this.tp += tp;
		this.fp += fp;
		this.fn += fn;
	}

	void add(Counts other) {
		add(other.tp, other.fp, other.fn);
	}

	public int tp() {
		return this.tp;
	}

	public int fp() {
		return this.fp;
	}

	public int fn() {
		return this.fn;
	}

	/** 0 when nothing was predicted, as the reference scorer has it. */
	public double precision() {
		return (this.tp + this.fp == 0) ? 0 : (double) this.tp / (this.tp + this.fp);
	}

	/** 0 when there was nothing to find, as the reference scorer has it. */
	public double recall() {
		return (this.tp + this.fn == 0) ? 0 : (double) this.tp / (this.tp + this.fn);
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

	/**
	 * The line {@code score_enrich.py} prints: {@code f'{k:14} F1 {f1:.3f}  P {P:.3f}  R {R:.3f}  (tp= fp= fn=)'}.
	 */
	String line(String name) {
		return String.format("%-14s F1 %s  P %s  R %s  (tp=%d fp=%d fn=%d)", name, fixed3(f1()), fixed3(precision()),
				fixed3(recall()), this.tp, this.fp, this.fn);
	}

	/**
	 * Python's {@code format(x, '.3f')}: the exact binary value rounded half-even, which Java's {@code %.3f}
	 * (half-up on the shortest decimal) does not always give.
	 */
	static String fixed3(double value) {
		return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
	}

	@Override
	public String toString() {
		return "tp=" + this.tp + " fp=" + this.fp + " fn=" + this.fn;
	}

}
