// Tukey box plot numbers: quartiles by linear interpolation (as describe), whiskers at the most
// extreme values within 1.5 IQR of the box, everything beyond listed as outliers (the farthest
// ones when there are too many to draw). No full sort: the quartiles come from quickselect and the
// whiskers from one scan, and only the outliers are sorted — a Segments page at a million rows draws
// nine features' boxes per segment, and sorting each one was a second of the page's wait.
import { quantiles } from '../prep/select';

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
	const finite = finiteValues(values);
	const n = finite.length;
	const [q1, median, q3] = quantiles(finite, [0.25, 0.5, 0.75]);
	if (n === 0) return { count: 0, q1, median, q3, lowerWhisker: NaN, upperWhisker: NaN, outliers: [], outlierCount: 0 };
	const lowerFence = q1 - 1.5 * (q3 - q1);
	const upperFence = q3 + 1.5 * (q3 - q1);
	let lowerWhisker = Infinity;
	let upperWhisker = -Infinity;
	const below: number[] = [];
	const above: number[] = [];
	for (let i = 0; i < n; i++) {
		const v = finite[i];
		if (v < lowerFence) below.push(v);
		else if (v > upperFence) above.push(v);
		else {
			if (v < lowerWhisker) lowerWhisker = v;
			if (v > upperWhisker) upperWhisker = v;
		}
	}
	below.sort((a, b) => a - b);
	above.sort((a, b) => a - b);
	return { count: n, q1, median, q3, lowerWhisker, upperWhisker, outliers: farthest(below, above, lowerFence, upperFence, maxOutliers), outlierCount: below.length + above.length };
}

/** The finite values (NaN and ±Infinity left out), as a new array. */
function finiteValues(values: Float64Array): Float64Array {
	let n = 0;
	for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) n++;
	if (n === values.length) return values.slice();
	const out = new Float64Array(n);
	for (let i = 0, j = 0; i < values.length; i++) if (Number.isFinite(values[i])) out[j++] = values[i];
	return out;
}

/** Up to `max` of the values below and above the fences (each ascending), taking whichever lies farther beyond its fence. */
function farthest(below: number[], above: number[], lowerFence: number, upperFence: number, max: number): number[] {
	let fromLow = 0;
	let fromHigh = 0;
	while (fromLow + fromHigh < max && (fromLow < below.length || fromHigh < above.length)) {
		const lowGap = fromLow < below.length ? lowerFence - below[fromLow] : -Infinity;
		const highGap = fromHigh < above.length ? above[above.length - 1 - fromHigh] - upperFence : -Infinity;
		if (lowGap >= highGap) fromLow++;
		else fromHigh++;
	}
	return [...below.slice(0, fromLow), ...above.slice(above.length - fromHigh)];
}
