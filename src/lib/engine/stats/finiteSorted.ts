// The sorted values a chart can place on an axis: NaN and ±Infinity dropped.
import { sortedFinite } from './quantile';

/** finiteSorted(values): the finite values ascending, as a new array (a view into one). */
export function finiteSorted(values: Float64Array): Float64Array {
	const sorted = sortedFinite(values);
	let start = 0;
	let end = sorted.length;
	while (start < end && sorted[start] === -Infinity) start++;
	while (end > start && sorted[end - 1] === Infinity) end--;
	return sorted.subarray(start, end);
}
