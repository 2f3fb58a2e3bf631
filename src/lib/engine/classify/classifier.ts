// The shape every classifier in classify/ shares, so cross-validation and the UI treat them alike,
// and the label encoding they all use (classes sorted ascending, as scikit-learn's `classes_`).
import type { Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';

export interface Classifier {
	/** Distinct training labels, ascending; predictProba's columns follow this order. */
	readonly classes: Int32Array;
	predict(queries: Matrix, options?: LongTaskOptions): Int32Array;
	/** One row per query, one column per class; each row sums to 1. */
	predictProba(queries: Matrix, options?: LongTaskOptions): Matrix;
}

/** Trains a classifier; cross-validation calls it once per fold. */
export type FitClassifier = (X: Matrix, y: Int32Array) => Classifier;

/** Sorted distinct labels and, per row, the position of its label among them. */
export function encodeLabels(y: Int32Array): { classes: Int32Array; codes: Int32Array } {
	const classes = Int32Array.from(new Set(y)).sort();
	const position = new Map<number, number>();
	classes.forEach((c, i) => position.set(c, i));
	const codes = new Int32Array(y.length);
	for (let i = 0; i < y.length; i++) codes[i] = position.get(y[i])!;
	return { classes, codes };
}

/** Throw when X and y disagree in length, X is empty or X holds a missing value. */
export function checkTraining(X: Matrix, y: Int32Array): void {
	if (X.rows !== y.length) throw new Error(`training data has ${X.rows} rows but ${y.length} labels`);
	if (X.rows === 0) throw new Error('training data has no rows');
	checkComplete(X, 'training');
}

/** Throw on the first NaN or infinity, naming its row and column. */
export function checkComplete(X: Matrix, what: string): void {
	const { data, cols } = X;
	for (let p = 0; p < data.length; p++) {
		if (!Number.isFinite(data[p])) {
			const row = Math.floor(p / cols);
			throw new Error(`${what} row ${row}, column ${p - row * cols} is missing or infinite; impute or drop it first`);
		}
	}
}

/** Throw when queries do not have the training's number of columns. */
export function checkQueries(queries: Matrix, cols: number): void {
	if (queries.cols !== cols) throw new Error(`queries have ${queries.cols} columns, the model was trained on ${cols}`);
	checkComplete(queries, 'query');
}
