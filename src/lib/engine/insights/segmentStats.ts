// Means, medians and spreads of one feature over all labelled rows and within each segment.
// Noise rows (label < 0) and missing values (NaN) are left out.
import { groupValues } from './featureColumn';

export interface Summary {
	count: number;
	mean: number;
	median: number;
	/** Population standard deviation. */
	std: number;
}

export function summarize(values: number[]): Summary {
	const count = values.length;
	if (count === 0) return { count, mean: Number.NaN, median: Number.NaN, std: Number.NaN };
	let mean = 0;
	for (const v of values) mean += v;
	mean /= count;
	let s = 0;
	for (const v of values) s += (v - mean) ** 2;
	return { count, mean, median: median(values), std: Math.sqrt(s / count) };
}

export function median(values: number[]): number {
	const sorted = Float64Array.from(values).sort();
	const n = sorted.length;
	if (n === 0) return Number.NaN;
	const mid = n >> 1;
	return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Summary over every labelled row, and per segment label. */
export function summarizeBySegment(values: Float64Array, labels: Int32Array): { overall: Summary; bySegment: Map<number, Summary> } {
	const groups = groupValues(values, labels);
	const bySegment = new Map<number, Summary>();
	const all: number[] = [];
	for (const [label, group] of groups) {
		bySegment.set(label, summarize(group));
		for (const v of group) all.push(v);
	}
	return { overall: summarize(all), bySegment };
}
