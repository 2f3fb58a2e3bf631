// Means, medians and spreads of one feature over all labelled rows and within each segment.
// Noise rows (label < 0) and missing values (NaN) are left out. Values are grouped by segment into
// one Float64Array (a counting sort on the label, rows kept in order, so sums run in row order) and
// medians come from quickselect on each group: linear time, no sort and no array of boxed numbers —
// at a million rows the profiles of nine features took 2.3 s with sorted number[] groups.
import { selectNth } from '../prep/select';

export interface Summary {
	count: number;
	mean: number;
	median: number;
	/** Population standard deviation. */
	std: number;
}

/** Summary of `values` (reordered in place by the median's quickselect). */
export function summarize(values: Float64Array): Summary {
	const count = values.length;
	if (count === 0) return { count, mean: Number.NaN, median: Number.NaN, std: Number.NaN };
	let mean = 0;
	for (let i = 0; i < count; i++) mean += values[i];
	mean /= count;
	let s = 0;
	for (let i = 0; i < count; i++) s += (values[i] - mean) ** 2;
	return { count, mean, median: medianInPlace(values), std: Math.sqrt(s / count) };
}

/** The median of `values`, reordering them. NaN when empty. */
export function medianInPlace(values: Float64Array): number {
	const n = values.length;
	if (n === 0) return Number.NaN;
	const mid = n >> 1;
	const upper = selectNth(values, mid);
	if (n % 2) return upper;
	// Everything before `mid` is <= upper now: the lower middle value is their largest.
	let lower = values[0];
	for (let i = 1; i < mid; i++) if (values[i] > lower) lower = values[i];
	return (lower + upper) / 2;
}

/** Summary over every labelled row, and per segment label (in label order). */
export function summarizeBySegment(values: Float64Array, labels: Int32Array): { overall: Summary; bySegment: Map<number, Summary> } {
	if (values.length !== labels.length) throw new Error(`${values.length} values but ${labels.length} labels`);
	let top = -1;
	for (let i = 0; i < labels.length; i++) if (labels[i] > top) top = labels[i];
	const counts = new Int32Array(top + 1);
	let total = 0;
	for (let i = 0; i < values.length; i++) {
		if (labels[i] < 0 || Number.isNaN(values[i])) continue;
		counts[labels[i]]++;
		total++;
	}
	const starts = new Int32Array(top + 2);
	for (let c = 0; c <= top; c++) starts[c + 1] = starts[c] + counts[c];
	const grouped = new Float64Array(total);
	const cursor = starts.slice(0, top + 1);
	for (let i = 0; i < values.length; i++) {
		if (labels[i] < 0 || Number.isNaN(values[i])) continue;
		grouped[cursor[labels[i]]++] = values[i];
	}
	// Overall first: its mean and spread sum the groups in label order, before any group is reordered.
	const overallCopy = grouped.slice();
	const bySegment = new Map<number, Summary>();
	for (let c = 0; c <= top; c++) if (counts[c] > 0) bySegment.set(c, summarize(grouped.subarray(starts[c], starts[c + 1])));
	return { overall: summarize(overallCopy), bySegment };
}
