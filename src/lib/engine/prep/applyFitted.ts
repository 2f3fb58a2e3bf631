// New rows through a fitted recipe: the fill values, outlier bounds, log1p, categories and scaler
// learned by prepare(), applied unchanged. prepare() computes its columns with the same functions
// (inputFeatureValues, writeScaledColumn), so applying a recipe to the table it was fitted on
// gives the identical matrix.
import { createMatrix, type Matrix } from '../matrix';
import type { Column, Table } from '../table';
import type { Applied, FittedRecipe } from './recipe';
import { allRows, bindColumns, keepRows } from './rows';
import { writeScaledColumn } from './scale';
import { featureDrafts, inputFeatureValues } from './transform';

/** Columns matched by name; throws naming a column the recipe needs that the table lacks. */
export function applyFitted(table: Table, fitted: FittedRecipe): Applied {
	const columns = bindColumns(table, fitted.inputs);
	const { rows, dropped } = keepRows(columns, fitted.inputs, allRows(table.rowCount), ['missing', 'outliers', 'log1p']);
	return { X: buildMatrix(columns, fitted, rows), rowIndex: rows, dropped };
}

/**
 * The scaled matrix of `rows` (rows that passed keepRows), written into `into` when given. `scratch`
 * (per input, one array per feature, at least rows.length long) holds the unscaled values, so a caller
 * building block after block allocates nothing per block.
 */
export function buildMatrix(columns: Column[], fitted: FittedRecipe, rows: Int32Array, into?: Float64Array, scratch?: Float64Array[][]): Matrix {
	const d = fitted.features.length;
	const X = createMatrix(rows.length, d, into);
	const position = new Map(fitted.features.map((f, j) => [f.name, j]));
	fitted.inputs.forEach((input, t) => {
		const values = inputFeatureValues(columns[t], input, rows, scratch?.[t].map((s) => s.subarray(0, rows.length)));
		const names = featureDrafts(input).map((f) => f.name);
		values.forEach((v, u) => {
			const j = position.get(names[u]);
			if (j === undefined) return;
			writeScaledColumn(X, j, v, fitted.features[j].centre, fitted.features[j].scale);
		});
	});
	return X;
}
