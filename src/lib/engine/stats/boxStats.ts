// Tukey box plot numbers: quartiles by linear interpolation (as describe), whiskers at the most
// extreme values within 1.5 IQR of the box, everything beyond listed as outliers (the farthest
// ones when there are too many to draw).
import { finiteSorted } from './finiteSorted';
import { quantileSorted } from './quantile';

export interface BoxStatsOptions {
	/** Outliers listed at most (the farthest beyond their fence); default 200. */
	maxOutliers?: number;
}

export interface BoxStats {
	/** Finite values the box describes (NaN and ±Infinity left out). */
	count: number;
	q1: number;
	median: number;
	q3: number;
	/** Smallest value >= q1 - 1.5 IQR. */
	lowerWhisker: number;
	/** Largest value <= q3 + 1.5 IQR. */
	upperWhisker: number;
	/** Values beyond the fences, ascending; at most maxOutliers of them. */
	outliers: number[];
	/** Every value beyond the fences, listed or not. */
	outlierCount: number;
}

const defaults = { maxOutliers: 200 };

/** boxStats(values): quartiles, Tukey whiskers and outliers of the finite values. */
export function boxStats(values: Float64Array, options: BoxStatsOptions = {}): BoxStats {
	const { maxOutliers } = { ...defaults, ...options };
	const sorted = finiteSorted(values);
	const n = sorted.length;
	const q1 = quantileSorted(sorted, 0.25);
	const q3 = quantileSorted(sorted, 0.75);
	const median = quantileSorted(sorted, 0.5);
	if (n === 0) return { count: 0, q1, median, q3, lowerWhisker: NaN, upperWhisker: NaN, outliers: [], outlierCount: 0 };
	const lowerFence = q1 - 1.5 * (q3 - q1);
	const upperFence = q3 + 1.5 * (q3 - q1);
	let low = 0;
	while (sorted[low] < lowerFence) low++;
	let high = n - 1;
	while (sorted[high] > upperFence) high--;
	const outliers = farthest(sorted, low, n - 1 - high, lowerFence, upperFence, maxOutliers);
	return { count: n, q1, median, q3, lowerWhisker: sorted[low], upperWhisker: sorted[high], outliers, outlierCount: low + n - 1 - high };
}


/** Up to `max` of the `below` lowest and `above` highest values, taking whichever lies farther beyond its fence. */
function farthest(sorted: Float64Array, below: number, above: number, lowerFence: number, upperFence: number, max: number): number[] {
	let fromLow = 0;
	let fromHigh = 0;
	const n = sorted.length;
	while (fromLow + fromHigh < max && (fromLow < below || fromHigh < above)) {
		const lowGap = fromLow < below ? lowerFence - sorted[fromLow] : -Infinity;
		const highGap = fromHigh < above ? sorted[n - 1 - fromHigh] - upperFence : -Infinity;
		if (lowGap >= highGap) fromLow++;
		else fromHigh++;
	}
	return [...sorted.subarray(0, fromLow), ...sorted.subarray(n - fromHigh)];
}
