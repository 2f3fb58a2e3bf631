// One pass over the prepared matrix for what k-means needs before it starts: the finite check, the
// column means and the mean per-feature variance (scikit-learn scales tol by it), and the largest
// |value| (for Hamerly's rounding margin).
import type { Matrix } from '../matrix';
import { assertFiniteMatrix } from './validate';

export interface MatrixSummary {
	mean: Float64Array;
	/** Sum over all cells of (x - column mean)^2. */
	totalSumOfSquares: number;
	/** Mean over columns of the population variance. */
	meanVariance: number;
	maxAbs: number;
}

/** Throws like assertFiniteMatrix on NaN/Infinity (`what` names the caller). */
export function summariseMatrix(X: Matrix, what: string): MatrixSummary {
	const { rows: n, cols: d, data } = X;
	const mean = new Float64Array(d);
	let maxAbs = 0;
	let check = 0;
	for (let i = 0, b = 0; i < n; i++, b += d) {
		for (let t = 0; t < d; t++) {
			const v = data[b + t];
			mean[t] += v;
			check += v * 0; // NaN exactly when v is NaN or infinite
			const a = v < 0 ? -v : v;
			if (a > maxAbs) maxAbs = a;
		}
	}
	if (check !== 0 || !Number.isFinite(maxAbs)) assertFiniteMatrix(X, what);
	for (let t = 0; t < d; t++) mean[t] /= n;
	let total = 0;
	for (let i = 0, b = 0; i < n; i++, b += d) {
		for (let t = 0; t < d; t++) {
			const u = data[b + t] - mean[t];
			total += u * u;
		}
	}
	return { mean, totalSumOfSquares: total, meanVariance: total / n / d, maxAbs };
}
