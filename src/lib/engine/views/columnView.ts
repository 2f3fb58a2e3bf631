// What the Explore step draws about one column: a numeric column's summary, histogram, density,
// box and (for few distinct values) value counts, or a categorical column's counts.
import { boxStats, density, describe, describeCategorical, finiteSorted, histogram } from '../stats';
import type { BoxStats, Describe, HistogramBin, ValueCount } from '../stats';
import type { Column, NumericColumn } from '../table';

/** A numeric column with at most this many distinct values is also counted value by value. */
export const discreteLimit = 10;
/** Categories listed by name in a bar chart; the rest form one "other" bar. */
export const topCategories = 20;

export interface NumericView {
	kind: 'numeric';
	name: string;
	summary: Describe;
	bins: HistogramBin[];
	binWidth: number;
	rule: string;
	/** Kernel density in count units (density x n x bin width), so it sits on the bars. */
	density: { x: number; y: number }[];
	box: BoxStats;
	/** Value counts, most frequent first, when the column has few distinct values; else null. */
	discrete: ValueCount[] | null;
}

export interface CategoricalView {
	kind: 'categorical';
	name: string;
	type: Column['type'];
	count: number;
	missing: number;
	distinct: number;
	/** Most frequent first. */
	top: ValueCount[];
	otherCount: number;
}

export type ColumnView = NumericView | CategoricalView;

/** Value counts of a sorted array, most frequent first, or null once it has more than `limit` distinct values. */
function distinctCounts(sorted: Float64Array, limit: number): ValueCount[] | null {
	const out: ValueCount[] = [];
	for (let i = 0; i < sorted.length; i++) {
		if (i > 0 && sorted[i] === sorted[i - 1]) {
			out[out.length - 1].count++;
			continue;
		}
		if (out.length === limit) return null;
		out.push({ value: String(sorted[i]), count: 1 });
	}
	return out.sort((a, b) => b.count - a.count);
}

/** NaN values are missing: counted in the summary, left out of every chart. */
export function numericView(column: NumericColumn): NumericView {
	const values = column.values;
	const summary = describe(values);
	const hist = histogram(values);
	const kde = density(values);
	const toCounts = summary.count * (Number.isFinite(hist.binWidth) ? hist.binWidth : 0);
	const discrete = distinctCounts(finiteSorted(values), discreteLimit);
	return {
		kind: 'numeric',
		name: column.name,
		summary,
		bins: hist.bins,
		binWidth: hist.binWidth,
		rule: hist.rule,
		density: Array.from(kde.x, (x, i) => ({ x, y: kde.y[i] * toCounts })),
		box: boxStats(values),
		discrete
	};
}

export function columnView(column: Column): ColumnView {
	if (column.type === 'numeric') return numericView(column);
	const d = describeCategorical(column.codes, column.dictionary, { top: topCategories });
	return { kind: 'categorical', name: column.name, type: column.type, ...d };
}
