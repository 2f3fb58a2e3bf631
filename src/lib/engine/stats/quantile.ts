// Quantiles by linear interpolation between order statistics (numpy's default, pandas' describe).
import { sortFloat64 } from './radixSort';

/** The p-quantile (0 <= p <= 1) of values already sorted ascending, NaN-free. NaN when empty. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
	const n = sorted.length;
	if (n === 0) return NaN;
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, n - 1);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The non-missing values sorted ascending, as a new array (NaN dropped). */
export function sortedFinite(values: Float64Array): Float64Array {
	let n = 0;
	const out = new Float64Array(values.length);
	for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[n++] = values[i];
	return sortFloat64(out.subarray(0, n));
}
