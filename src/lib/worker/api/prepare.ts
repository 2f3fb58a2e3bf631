// Worker-side preparation: the default recipe, suggestions and before/after views for the Prepare step.
import { defaultRecipe, prepare as prepareTable, suggestSteps } from '../../engine/prep';
import type { DroppedCount, Prepared, Recipe, Suggestion } from '../../engine/prep/recipe';
import { describeCategorical, histogram, type HistogramBin, type ValueCount } from '../../engine/stats';
import { deriveFor, derivedColumn } from '../../engine/prep/derive';
import { findColumn, type Column, type Table } from '../../engine/table';
import { datasetTable } from '../cache';

/** Categories a before/after bar chart lists by name. */
const topCategories = 12;

/** One column before preparation and the matrix columns it became. */
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

/** What the Prepare step shows about the prepared matrix. */
export type PreparePreview =
	| {
			ok: true;
			rowCount: number;
			rowsKept: number;
			dropped: DroppedCount[];
			notices: string[];
			flagged: { column: string; count: number }[];
			featureNames: string[];
			view: FeatureView | null;
	  }
	| { ok: false; message: string; view: FeatureView | null };

/** The last prepared matrix, so looking at another column does not prepare the table again. */
let last: { table: Table; key: string; prepared: Prepared | Error } | null = null;

function preparedFor(table: Table, recipe: Recipe): Prepared | Error {
	const key = JSON.stringify(recipe);
	if (last?.table !== table || last.key !== key) {
		let prepared: Prepared | Error;
		try {
			prepared = prepareTable(table, recipe);
		} catch (error) {
			prepared = error instanceof Error ? error : new Error(String(error));
		}
		last = { table, key, prepared };
	}
	return last.prepared;
}

/** Column `j` of the prepared matrix. */
function matrixColumn(prepared: Prepared, j: number): Float64Array {
	const { data, rows, cols } = prepared.X;
	const out = new Float64Array(rows);
	for (let i = 0; i < rows; i++) out[i] = data[i * cols + j];
	return out;
}

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

export function featureView(table: Table, prepared: Prepared | null, name: string): FeatureView {
	const column = inputColumn(table, prepared, name);
	const features = prepared ? prepared.fitted.features.map((f, j) => ({ f, j })).filter(({ f }) => f.column === name) : [];
	if (column.type === 'numeric') {
		const first = features[0];
		const after = first && prepared ? { name: first.f.name, bins: histogram(matrixColumn(prepared, first.j)).bins } : null;
		return { kind: 'numeric', column: name, before: histogram(column.values).bins, after };
	}
	const counts = describeCategorical(column.codes, column.dictionary, { top: topCategories });
	const after = features.map(({ f, j }) => {
		// Indicators are scaled: a 1 lies above the midpoint of the scaled 0 and 1.
		const mid = (0.5 - f.centre) / f.scale;
		const values = matrixColumn(prepared!, j);
		let ones = 0;
		for (const v of values) if (v > mid) ones++;
		return { value: f.name, count: ones };
	});
	return { kind: 'categorical', column: name, before: counts.top, beforeOther: counts.otherCount, after };
}

export function preview(table: Table, recipe: Recipe, column: string | null): PreparePreview {
	const prepared = preparedFor(table, recipe);
	if (prepared instanceof Error) {
		return { ok: false, message: prepared.message, view: column ? featureView(table, null, column) : null };
	}
	return {
		ok: true,
		rowCount: table.rowCount,
		rowsKept: prepared.X.rows,
		dropped: prepared.dropped,
		notices: prepared.notices,
		flagged: prepared.flagged,
		featureNames: prepared.featureNames,
		view: column ? featureView(table, prepared, column) : null
	};
}

export const prepare = {
	async defaultRecipe(id: string): Promise<Recipe> {
		const { table } = await datasetTable(id);
		return defaultRecipe(table);
	},

	/** Steps worth adding to the recipe's columns (log1p for skewed ones, outliers, missing values, constants). */
	async suggestSteps(id: string, recipe: Recipe): Promise<Suggestion[]> {
		const { table } = await datasetTable(id);
		return suggestSteps(table, recipe);
	},

	/**
	 * Prepares the table with `recipe` and summarises the matrix (rows kept and dropped, notices,
	 * features), with one column's raw and prepared distributions when `column` is given.
	 * A recipe that cannot be prepared comes back as `ok: false` with the reason.
	 */
	async preparePreview(id: string, recipe: Recipe, column: string | null): Promise<PreparePreview> {
		const { table } = await datasetTable(id);
		return preview(table, recipe, column);
	}
};
