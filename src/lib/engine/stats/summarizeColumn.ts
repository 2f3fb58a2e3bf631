// One row of the Data step's column summary: counts for every column, the numeric description
// (pandas' describe: sample std, linear quartiles) for numbers, the most frequent values for all.
import type { Column, ColumnRole, ColumnType } from '../table';
import { describeSorted } from './describe';
import { describeCategorical, type ValueCount } from './describeCategorical';
import { sortedFinite } from './quantile';

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
	/** Most frequent values, most frequent first (ties: first seen first; numbers: smaller first); at most `topCount`. */
	top: ValueCount[];
}

export function summarizeColumn(column: Column, topCount = 5): ColumnSummary {
	const base = { name: column.name, type: column.type, role: column.role, format: column.type === 'numeric' ? undefined : column.format };
	if (column.type !== 'numeric') {
		const { count, missing, distinct, top } = describeCategorical(column.codes, column.dictionary, { top: topCount });
		return { ...base, count, missing, distinct, top };
	}
	const sorted = sortedFinite(column.values);
	const { count, missing, mean, std, min, q25, median, q75, max } = describeSorted(sorted, column.values.length);
	return { ...base, count, missing, mean, std, min, q25, median, q75, max, ...sortedFrequencies(sorted, topCount) };
}

/** Distinct values and the most frequent ones, from runs of equal values in a sorted array. */
function sortedFrequencies(sorted: Float64Array, topCount: number): { distinct: number; top: ValueCount[] } {
	const runs: { value: number; count: number }[] = [];
	let distinct = 0;
	for (let i = 0; i < sorted.length; ) {
		let j = i + 1;
		while (j < sorted.length && sorted[j] === sorted[i]) j++;
		distinct++;
		// Keep only the best topCount runs so far (stable: an earlier, smaller value wins a tie).
		if (topCount > 0 && (runs.length < topCount || j - i > runs[runs.length - 1].count)) {
			let at = runs.length;
			while (at > 0 && runs[at - 1].count < j - i) at--;
			runs.splice(at, 0, { value: sorted[i], count: j - i });
			if (runs.length > topCount) runs.pop();
		}
		i = j;
	}
	return { distinct, top: runs.map((r) => ({ value: String(r.value), count: r.count })) };
}
