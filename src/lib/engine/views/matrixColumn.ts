// One column of a row-major matrix, as a new array.
import { isMatrix, type Rows } from '../rowSource';

/** Column j of X, read in blocks of rows when X is made on demand (the full matrix is never built). */
export function matrixColumn(X: Rows, j: number): Float64Array {
	if (!(Number.isInteger(j) && j >= 0 && j < X.cols)) throw new Error(`column ${j} is not one of the ${X.cols} columns`);
	const { rows: n, cols: d } = X;
	const out = new Float64Array(n);
	const step = Math.max(1, Math.floor(2 ** 16 / d));
	const block = new Float64Array(Math.min(step, n) * d);
	for (let from = 0; from < n; from += step) {
		const to = Math.min(n, from + step);
		let values: Float64Array;
		if (isMatrix(X)) values = X.data.subarray(from * d, to * d);
		else X.write(from, to, (values = block.subarray(0, (to - from) * d)));
		for (let i = from; i < to; i++) out[i] = values[(i - from) * d + j];
	}
	return out;
}
