// One column before preparation and the matrix columns it became, for the Prepare step's
// before/after charts.
import { deriveFor, derivedColumn } from '../prep/derive';
import type { Prepared } from '../prep/recipe';
import { describeCategorical, histogram, type HistogramBin, type ValueCount } from '../stats';
import { findColumn, type Column, type Table } from '../table';
import { matrixColumn } from './matrixColumn';
import { preparedRows } from '../rowSource';

/** Categories a before/after bar chart lists by name. */
const topCategories = 12;

export type FeatureView =
	| {
			kind: 'numeric';
			column: string;
			before: HistogramBin[];
			/** The prepared column (absent when it was left out, e.g. constant). */
			after: { name: string; bins: HistogramBin[] } | null;
	  }
	| {
			kind: 'categorical';
			column: string;
			before: ValueCount[];
			beforeOther: number;
			/** Rows with a 1 in each indicator column of the prepared matrix. */
			after: ValueCount[];
	  };

/** The column as the recipe reads it (codes as categories, dates as days since), so before and after compare like with like. */
function inputColumn(table: Table, prepared: Prepared | null, name: string): Column {
	const column = findColumn(table, name);
	const input = prepared?.fitted.inputs.find((x) => x.column === name);
	if (input) return derivedColumn(column, input.derive);
	try {
		return derivedColumn(column, deriveFor(column, { column: name }));
	} catch {
		return column;
	}
}

/** `prepared` null (a recipe that could not be prepared) gives the raw distribution only. */
export function featureView(table: Table, prepared: Prepared | null, name: string): FeatureView {
	const column = inputColumn(table, prepared, name);
	const features = prepared ? prepared.fitted.features.map((f, j) => ({ f, j })).filter(({ f }) => f.column === name) : [];
	if (column.type === 'numeric') {
		const first = features[0];
		const after = first && prepared ? { name: first.f.name, bins: histogram(matrixColumn(preparedRows(prepared), first.j)).bins } : null;
		return { kind: 'numeric', column: name, before: histogram(column.values).bins, after };
	}
	const counts = describeCategorical(column.codes, column.dictionary, { top: topCategories });
	const after = features.map(({ f, j }) => {
		// Indicators are scaled: a 1 lies above the midpoint of the scaled 0 and 1.
		const mid = (0.5 - f.centre) / f.scale;
		const values = matrixColumn(preparedRows(prepared!), j);
		let ones = 0;
		for (const v of values) if (v > mid) ones++;
		return { value: f.name, count: ones };
	});
	return { kind: 'categorical', column: name, before: counts.top, beforeOther: counts.otherCount, after };
}
