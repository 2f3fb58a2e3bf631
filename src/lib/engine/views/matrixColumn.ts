// One column of a row-major matrix, as a new array.
import type { Matrix } from '../matrix';

export function matrixColumn(X: Matrix, j: number): Float64Array {
	const { data, rows, cols } = X;
	const out = new Float64Array(rows);
	for (let i = 0; i < rows; i++) out[i] = data[i * cols + j];
	return out;
}
