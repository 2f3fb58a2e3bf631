// The small dense linear algebra a Gaussian mixture needs, on d x d row-major blocks of a
// Float64Array: Cholesky factors and the "precision Cholesky" U (upper triangular, U U^T = the
// inverse covariance) that scikit-learn keeps, so a squared Mahalanobis distance is |(x - mu) U|^2.

/** Thrown when a covariance (or precision) is not positive definite; `component` is 0-based. */
export class NotPositiveDefiniteError extends Error {
	constructor(readonly component: number) {
		super(`component ${component + 1}'s covariance is not positive definite`);
		this.name = 'NotPositiveDefiniteError';
	}
}

/**
 * Lower Cholesky factor L (L L^T = A) of the d x d block of `a` at `offset`, written to `out` at
 * `outOffset`; returns false when a pivot is not positive (A not positive definite).
 */
export function choleskyLower(a: Float64Array, offset: number, d: number, out: Float64Array, outOffset: number): boolean {
	for (let i = 0; i < d; i++) {
		for (let j = 0; j <= i; j++) {
			let s = a[offset + i * d + j];
			for (let t = 0; t < j; t++) s -= out[outOffset + i * d + t] * out[outOffset + j * d + t];
			if (i === j) {
				if (!(s > 0)) return false;
				out[outOffset + i * d + i] = Math.sqrt(s);
			} else {
				out[outOffset + i * d + j] = s / out[outOffset + j * d + j];
			}
		}
		for (let j = i + 1; j < d; j++) out[outOffset + i * d + j] = 0;
	}
	return true;
}

/**
 * U = (L^-1)^T for L = chol(covariance): upper triangular with U U^T = covariance^-1, as scikit-learn's
 * _compute_precision_cholesky ('full'). Reads block `c` of `covariances` (k x d x d), writes block c of `out`.
 */
export function precisionCholeskyFromCovariance(covariances: Float64Array, c: number, d: number, out: Float64Array, scratch = new Float64Array(d * d)): void {
	const o = c * d * d;
	if (!choleskyLower(covariances, o, d, scratch, 0)) throw new NotPositiveDefiniteError(c);
	// Column j of L^-1 by forward substitution of e_j; it is row j of U.
	for (let j = 0; j < d; j++) {
		for (let i = 0; i < j; i++) out[o + j * d + i] = 0;
		out[o + j * d + j] = 1 / scratch[j * d + j];
		for (let i = j + 1; i < d; i++) {
			let s = 0;
			for (let t = j; t < i; t++) s -= scratch[i * d + t] * out[o + j * d + t];
			out[o + j * d + i] = s / scratch[i * d + i];
		}
	}
}

/**
 * Upper triangular U with U U^T = P for a precision P (block c of `precisions`): the Cholesky factor
 * of P with rows and columns reversed, so an explicit precision (scikit-learn's precisions_init) fits
 * the same triangular form as a fitted one.
 */
export function precisionCholeskyFromPrecision(precisions: Float64Array, c: number, d: number, out: Float64Array): void {
	const o = c * d * d;
	const reversed = new Float64Array(d * d);
	for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) reversed[i * d + j] = precisions[o + (d - 1 - i) * d + (d - 1 - j)];
	const L = new Float64Array(d * d);
	if (!choleskyLower(reversed, 0, d, L, 0)) throw new NotPositiveDefiniteError(c);
	for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) out[o + i * d + j] = L[(d - 1 - i) * d + (d - 1 - j)];
}
