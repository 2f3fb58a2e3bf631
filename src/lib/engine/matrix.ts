// Row-major dense matrices on Float64Array: row i, column j lives at data[i * cols + j].

export interface Matrix {
	data: Float64Array;
	rows: number;
	cols: number;
}

export function createMatrix(rows: number, cols: number, data?: Float64Array): Matrix {
	if (data && data.length !== rows * cols) {
		throw new Error(`matrix data has ${data.length} values, expected ${rows} x ${cols}`);
	}
	return { data: data ?? new Float64Array(rows * cols), rows, cols };
}

/** Row-major matrix from an array of rows (tests and small inputs). */
export function fromRows(rows: ArrayLike<number>[]): Matrix {
	const n = rows.length;
	const d = n ? rows[0].length : 0;
	const m = createMatrix(n, d);
	for (let i = 0; i < n; i++) {
		if (rows[i].length !== d) throw new Error(`row ${i} has ${rows[i].length} values, expected ${d}`);
		for (let j = 0; j < d; j++) m.data[i * d + j] = rows[i][j];
	}
	return m;
}

/** Array of rows (for oracles such as ml-kmeans that take number[][]). */
export function toRows(m: Matrix): number[][] {
	const out: number[][] = new Array(m.rows);
	for (let i = 0; i < m.rows; i++) out[i] = Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols));
	return out;
}

export function row(m: Matrix, i: number): Float64Array {
	return m.data.subarray(i * m.cols, (i + 1) * m.cols);
}

/** Squared Euclidean distance between row i of a and row j of b. */
export function squaredDistance(a: Matrix, i: number, b: Matrix, j: number): number {
	const d = a.cols;
	const ad = a.data;
	const bd = b.data;
	let s = 0;
	for (let t = 0, p = i * d, q = j * d; t < d; t++) {
		const diff = ad[p + t] - bd[q + t];
		s += diff * diff;
	}
	return s;
}

/** A new matrix holding the given rows. */
export function takeMatrixRows(m: Matrix, rows: ArrayLike<number>): Matrix {
	const out = createMatrix(rows.length, m.cols);
	for (let i = 0; i < rows.length; i++) out.data.set(row(m, rows[i]), i * m.cols);
	return out;
}
