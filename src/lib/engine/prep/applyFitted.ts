// New rows through a fitted recipe: the fill values, outlier bounds, log1p, categories and scaler
// learned by prepare(), applied unchanged. prepare() builds its own matrix with the same code, so
// applying a recipe to the table it was fitted on gives the identical matrix.
import { createMatrix, type Matrix } from '../matrix';
import type { Column, Table } from '../table';
import type { Applied, FittedRecipe } from './recipe';
import { allRows, bindColumns, keepRows } from './rows';
import { featureDrafts, inputFeatureValues } from './transform';

/** Columns matched by name; throws naming a column the recipe needs that the table lacks. */
export function applyFitted(table: Table, fitted: FittedRecipe): Applied {
	const columns = bindColumns(table, fitted.inputs);
	const { rows, dropped } = keepRows(columns, fitted.inputs, allRows(table.rowCount), ['missing', 'outliers', 'log1p']);
	return { X: buildMatrix(columns, fitted, rows), rowIndex: rows, dropped };
}

/** The scaled matrix of `rows` (rows that passed keepRows). */
export function buildMatrix(columns: Column[], fitted: FittedRecipe, rows: Int32Array): Matrix {
	const d = fitted.features.length;
	const X = createMatrix(rows.length, d);
	const position = new Map(fitted.features.map((f, j) => [f.name, j]));
	fitted.inputs.forEach((input, t) => {
		const values = inputFeatureValues(columns[t], input, rows);
		const names = featureDrafts(input).map((f) => f.name);
		values.forEach((v, u) => {
			const j = position.get(names[u]);
			if (j === undefined) return;
			const { centre, scale } = fitted.features[j];
			for (let i = 0; i < rows.length; i++) X.data[i * d + j] = (v[i] - centre) / scale;
		});
	});
	return X;
}
