// Rows that need not all be in memory at once: a prepared matrix made block by block from its table
// (prep/prepare.ts prepareLazily) for readers that stream or sample it, such as the shard pool, which
// then holds the only full copy of the rows. A Matrix is the other kind: its rows are simply there.
import { takeMatrixRows, type Matrix } from './matrix';

export interface RowSource {
	readonly rows: number;
	readonly cols: number;
	/** Rows [from, to) written into `out` (row-major, exactly (to - from) x cols values). */
	write(from: number, to: number, out: Float64Array): void;
	/** The rows at `indices`, in that order, as a new matrix. */
	take(indices: ArrayLike<number>): Matrix;
}

/** Rows held in memory (a Matrix) or made on demand (a RowSource). */
export type Rows = Matrix | RowSource;

export function isMatrix(X: Rows): X is Matrix {
	return (X as Matrix).data instanceof Float64Array;
}

/** Rows [from, to) of X into `out`. */
export function writeRows(X: Rows, from: number, to: number, out: Float64Array): void {
	if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= X.rows)) {
		throw new Error(`rows ${from}..${to} are not a range of the ${X.rows} rows`);
	}
	if (out.length !== (to - from) * X.cols) throw new Error(`rows ${from}..${to} need ${(to - from) * X.cols} values; got room for ${out.length}`);
	if (isMatrix(X)) out.set(X.data.subarray(from * X.cols, to * X.cols));
	else X.write(from, to, out);
}

/** The rows of X at `indices` as a new matrix. */
export function takeRows(X: Rows, indices: ArrayLike<number>): Matrix {
	for (let p = 0; p < indices.length; p++) {
		const i = indices[p];
		if (!(Number.isInteger(i) && i >= 0 && i < X.rows)) throw new Error(`row ${i} is not one of the ${X.rows} rows`);
	}
	return isMatrix(X) ? takeMatrixRows(X, indices) : X.take(indices);
}

/** Every row of X as a matrix: X itself when it is one. */
export function wholeMatrix(X: Rows): Matrix {
	return isMatrix(X) ? X : X.take(Int32Array.from({ length: X.rows }, (_, i) => i));
}

/** A prepared table's rows for readers that stream or sample them: made on demand when it was prepared lazily, else its matrix. */
export function preparedRows(prepared: { X: Matrix; source?: RowSource }): Rows {
	return prepared.source ?? prepared.X;
}
