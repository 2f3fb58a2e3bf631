// Numeric columns for scatter and pair plots, as new arrays (never the table's own buffers, so
// the worker can transfer them).
import { histogram, type HistogramBin } from '../stats';
import { findColumn, type NumericColumn, type Table } from '../table';

export function numericColumn(table: Table, name: string): NumericColumn {
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

/** Up to 6 numeric columns (copies, NaN = missing) with their histogram bins, for a pair plot. */
export function pairColumns(table: Table, names: string[]): { name: string; values: Float64Array; bins: HistogramBin[] }[] {
	return names.slice(0, 6).map((name) => {
		const values = numericColumn(table, name).values.slice();
		return { name, values, bins: histogram(values).bins };
	});
}
