// Worker-side explore operations: every number the Explore step draws is computed here, from the
// dataset the worker has cached. Big arrays go back as transferred copies (never the cached buffers).
import { transfer } from 'comlink';
import { boxStats, correlationMatrix, density, describe, describeCategorical, finiteSorted, histogram, orderByClustering } from '../../engine/stats';
import type { BoxStats, CorrelationMethod, Describe, HistogramBin, ValueCount } from '../../engine/stats';
import { findColumn, type Column, type NumericColumn, type Table } from '../../engine/table';
import { datasetTable } from '../cache';

/** A numeric column with at most this many distinct values is also counted value by value. */
export const discreteLimit = 10;
/** Categories listed by name in a bar chart; the rest form one "other" bar. */
export const topCategories = 20;
/** Columns a correlation heatmap shows at most. */
export const maxHeatmapColumns = 50;

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

export interface Correlation {
	method: CorrelationMethod;
	names: string[];
	/** Row-major names.length x names.length. */
	matrix: Float64Array;
	/** Numeric columns left out because there were more than maxHeatmapColumns. */
	omitted: number;
}

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

/** Numeric columns worth correlating: every numeric column except identifiers. */
export function correlatedColumns(table: Table): NumericColumn[] {
	return table.columns.filter((c): c is NumericColumn => c.type === 'numeric' && c.role !== 'id');
}

export function correlationOf(table: Table, method: CorrelationMethod, order: 'table' | 'clustered'): Correlation {
	const all = correlatedColumns(table);
	const columns = all.slice(0, maxHeatmapColumns);
	const d = columns.length;
	const raw = correlationMatrix(
		columns.map((c) => c.values),
		method
	);
	const names = columns.map((c) => c.name);
	if (order === 'table' || d < 3) return { method, names, matrix: raw, omitted: all.length - d };
	const perm = orderByClustering(raw, d);
	const matrix = new Float64Array(d * d);
	for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) matrix[a * d + b] = raw[perm[a] * d + perm[b]];
	return { method, names: perm.map((i) => names[i]), matrix, omitted: all.length - d };
}

function numericColumn(table: Table, name: string): NumericColumn {
	const column = findColumn(table, name);
	if (column.type !== 'numeric') throw new Error(`column "${name}" is ${column.type}, not numeric; pick a numeric column to plot`);
	return column;
}

/** The rows where both columns hold a finite value, as new arrays. */
export function pairedValues(table: Table, xName: string, yName: string): { x: Float64Array; y: Float64Array; missing: number } {
	const xs = numericColumn(table, xName).values;
	const ys = numericColumn(table, yName).values;
	let n = 0;
	for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) n++;
	const x = new Float64Array(n);
	const y = new Float64Array(n);
	for (let i = 0, k = 0; i < xs.length; i++) {
		if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
		x[k] = xs[i];
		y[k++] = ys[i];
	}
	return { x, y, missing: xs.length - n };
}

export const explore = {
	/** Histogram, density, box and summary of a numeric column, or the counts of a categorical one. */
	async exploreColumn(id: string, column: string): Promise<ColumnView> {
		const { table } = await datasetTable(id);
		return columnView(findColumn(table, column));
	},

	/** The correlation matrix of the numeric columns, in table order or ordered by clustering. */
	async correlation(id: string, method: CorrelationMethod, order: 'table' | 'clustered'): Promise<Correlation> {
		const { table } = await datasetTable(id);
		const result = correlationOf(table, method, order);
		return transfer(result, [result.matrix.buffer]);
	},

	/** Two numeric columns over the rows where both are present, for a scatter plot. */
	async scatterColumns(id: string, x: string, y: string) {
		const { table } = await datasetTable(id);
		const result = pairedValues(table, x, y);
		return transfer(result, [result.x.buffer, result.y.buffer]);
	},

	/** Up to 6 numeric columns (copies, NaN = missing) with their histogram bins, for a pair plot. */
	async pairColumns(id: string, names: string[]) {
		const { table } = await datasetTable(id);
		const columns = names.slice(0, 6).map((name) => {
			const values = numericColumn(table, name).values.slice();
			return { name, values, bins: histogram(values).bins };
		});
		return transfer({ columns }, columns.map((c) => c.values.buffer));
	}
};
