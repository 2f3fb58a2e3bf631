// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations: simple, accurate to
// rounding, and quick enough for the d <= ~100 feature covariances PCA needs (O(d^3) per sweep).

export interface Eigen {
	/** Eigenvalues, largest first (equal ones in their original diagonal order). */
	values: Float64Array;
	/** Row-major d x d: row k is the unit eigenvector of values[k]. */
	vectors: Float64Array;
}

const maxSweeps = 100;

/** eigenSymmetric(A, d): eigenvalues and eigenvectors of the symmetric row-major d x d matrix A. */
export function eigenSymmetric(matrix: ArrayLike<number>, d: number): Eigen {
	if (matrix.length !== d * d) throw new Error(`matrix has ${matrix.length} values, expected ${d} x ${d}`);
	const a = Float64Array.from(matrix);
	const v = new Float64Array(d * d);
	for (let i = 0; i < d; i++) v[i * d + i] = 1;
	for (let sweep = 0; sweep < maxSweeps && !diagonalEnough(a, d); sweep++) {
		for (let p = 0; p < d - 1; p++) for (let q = p + 1; q < d; q++) rotate(a, v, d, p, q);
	}
	const order = Array.from({ length: d }, (_, i) => i).sort((i, j) => a[j * d + j] - a[i * d + i] || i - j);
	const values = Float64Array.from(order, (i) => a[i * d + i]);
	const vectors = new Float64Array(d * d);
	order.forEach((col, k) => {
		for (let i = 0; i < d; i++) vectors[k * d + i] = v[i * d + col];
	});
	return { values, vectors };
}

/** True when the off-diagonal mass is rounding noise next to the whole matrix. */
function diagonalEnough(a: Float64Array, d: number): boolean {
	let off = 0;
	let total = 0;
	for (let i = 0; i < d; i++) {
		for (let j = 0; j < d; j++) {
			const s = a[i * d + j] ** 2;
			total += s;
			if (i !== j) off += s;
		}
	}
	return off <= 1e-32 * total;
}

/** One Jacobi rotation in the (p, q) plane that zeroes a[p][q]; v collects the rotations. */
function rotate(a: Float64Array, v: Float64Array, d: number, p: number, q: number): void {
	const apq = a[p * d + q];
	if (apq === 0) return;
	const theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
	// For a huge theta, theta^2 would overflow; 1 / (2 theta) is then the same root to rounding.
	const t = Math.abs(theta) > 1e150 ? 1 / (2 * theta) : (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
	const c = 1 / Math.sqrt(t * t + 1);
	const s = t * c;
	for (let k = 0; k < d; k++) {
		const akp = a[k * d + p];
		const akq = a[k * d + q];
		a[k * d + p] = c * akp - s * akq;
		a[k * d + q] = s * akp + c * akq;
	}
	for (let k = 0; k < d; k++) {
		const apk = a[p * d + k];
		const aqk = a[q * d + k];
		a[p * d + k] = c * apk - s * aqk;
		a[q * d + k] = s * apk + c * aqk;
	}
	for (let k = 0; k < d; k++) {
		const vkp = v[k * d + p];
		const vkq = v[k * d + q];
		v[k * d + p] = c * vkp - s * vkq;
		v[k * d + q] = s * vkp + c * vkq;
	}
	a[p * d + q] = 0;
	a[q * d + p] = 0;
}
