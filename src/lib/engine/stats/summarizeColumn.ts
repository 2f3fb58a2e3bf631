// One row of the Data step's column summary: counts for every column, the numeric description
// (pandas' describe: sample std, linear quartiles) for numbers, the most frequent values otherwise.
import type { Column, ColumnRole, ColumnType } from '../table';
import { quantileSorted, sortedFinite } from './quantile';

export interface ColumnSummary {
	name: string;
	type: ColumnType;
	role: ColumnRole;
	format?: string;
	/** Non-missing values. */
	count: number;
	missing: number;
	distinct: number;
	mean?: number;
	std?: number;
	min?: number;
	q25?: number;
	median?: number;
	q75?: number;
	max?: number;
	/** Most frequent values, most frequent first (ties: first seen first); at most `topCount`. */
	top: { value: string; count: number }[];
}

export function summarizeColumn(column: Column, topCount = 5): ColumnSummary {
	const base = { name: column.name, type: column.type, role: column.role, format: column.type === 'numeric' ? undefined : column.format };
	if (column.type !== 'numeric') {
		const counts = new Float64Array(column.dictionary.length);
		let missing = 0;
		for (const code of column.codes) {
			if (code < 0) missing++;
			else counts[code]++;
		}
		let distinct = 0;
		for (const c of counts) if (c > 0) distinct++;
		return { ...base, count: column.codes.length - missing, missing, distinct, top: topValues(counts, column.dictionary, topCount) };
	}
	const sorted = sortedFinite(column.values);
	const n = sorted.length;
	let sum = 0;
	for (let i = 0; i < n; i++) sum += sorted[i];
	const mean = n ? sum / n : NaN;
	let ss = 0;
	for (let i = 0; i < n; i++) ss += (sorted[i] - mean) ** 2;
	const frequencies = new Map<number, number>();
	for (let i = 0; i < n; i++) frequencies.set(sorted[i], (frequencies.get(sorted[i]) ?? 0) + 1);
	const top = [...frequencies].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, topCount).map(([v, c]) => ({ value: String(v), count: c }));
	return {
		...base,
		count: n,
		missing: column.values.length - n,
		distinct: frequencies.size,
		mean,
		std: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN,
		min: n ? sorted[0] : NaN,
		q25: quantileSorted(sorted, 0.25),
		median: quantileSorted(sorted, 0.5),
		q75: quantileSorted(sorted, 0.75),
		max: n ? sorted[n - 1] : NaN,
		top
	};
}

function topValues(counts: Float64Array, dictionary: string[], topCount: number): { value: string; count: number }[] {
	const order = Array.from(counts.keys()).filter((i) => counts[i] > 0);
	order.sort((a, b) => counts[b] - counts[a] || a - b);
	return order.slice(0, topCount).map((i) => ({ value: dictionary[i], count: counts[i] }));
}
