// Equal-width histograms with the bin count chosen from the data, as numpy's histogram_bin_edges:
// Freedman-Diaconis (width 2 IQR / n^(1/3)), Sturges (log2 n + 1 bins) when the IQR is 0.
import { finiteSorted } from './finiteSorted';
import { quantileSorted } from './quantile';

export interface HistogramOptions {
	/** A fixed number of bins instead of the rule; default: chosen by the rule. */
	bins?: number;
	/** At most this many bins, whatever the rule says; default 200. */
	maxBins?: number;
}

export interface HistogramBin {
	x0: number;
	x1: number;
	count: number;
}

export type BinRule = 'freedman-diaconis' | 'sturges' | 'fixed';

export interface Histogram {
	/** Half-open bins [x0, x1), the last one closed; empty when no finite value. */
	bins: HistogramBin[];
	binWidth: number;
	rule: BinRule;
}

const defaults = { maxBins: 200 };

/** histogram(values): counts of the finite values (NaN and ±Infinity left out) in equal-width bins. */
export function histogram(values: Float64Array, options: HistogramOptions = {}): Histogram {
	const { bins: fixed, maxBins } = { ...defaults, ...options };
	if (fixed !== undefined && !(Number.isInteger(fixed) && fixed >= 1)) throw new Error(`bins must be a whole number >= 1 (got ${fixed})`);
	const sorted = finiteSorted(values);
	const n = sorted.length;
	if (n === 0) return { bins: [], binWidth: NaN, rule: fixed ? 'fixed' : 'freedman-diaconis' };
	const iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
	const rule: BinRule = fixed ? 'fixed' : iqr > 0 ? 'freedman-diaconis' : 'sturges';
	const lo = sorted[0];
	const hi = sorted[n - 1];
	if (lo === hi) {
		// numpy widens an empty range by half a unit each side; one bin says "all the same value".
		return { bins: [{ x0: lo - 0.5, x1: hi + 0.5, count: n }], binWidth: 1, rule };
	}
	const count = Math.min(fixed ?? binCount(rule, n, iqr, hi - lo), fixed ? Infinity : maxBins);
	return { bins: countBins(sorted, lo, hi, count), binWidth: (hi - lo) / count, rule };
}

function binCount(rule: BinRule, n: number, iqr: number, range: number): number {
	if (rule === 'freedman-diaconis') return Math.max(1, Math.ceil(range / (2 * iqr * Math.cbrt(1 / n))));
	return Math.ceil(Math.log2(n) + 1);
}

/** Bins over [lo, hi] by one pass over the sorted values (bin edges compared, so no value lands off by one). */
function countBins(sorted: Float64Array, lo: number, hi: number, count: number): HistogramBin[] {
	const range = hi - lo;
	const edges = Float64Array.from({ length: count + 1 }, (_, i) => (i === count ? hi : lo + (range * i) / count));
	const bins = Array.from({ length: count }, (_, i) => ({ x0: edges[i], x1: edges[i + 1], count: 0 }));
	let bin = 0;
	for (let i = 0; i < sorted.length; i++) {
		while (bin < count - 1 && sorted[i] >= edges[bin + 1]) bin++;
		bins[bin].count++;
	}
	return bins;
}
