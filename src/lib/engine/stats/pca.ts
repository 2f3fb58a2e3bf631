// Principal component analysis on a complete numeric matrix: centre, d x d covariance in one pass
// over the rows (O(n d^2), no centred copy), symmetric eigen-decomposition, scores.
//
// Signs follow scikit-learn >= 1.5, whose PCA calls svd_flip(U, Vt, u_based_decision=False): in each
// component the loading largest in absolute value (the first of equal ones) is positive. Older
// scikit-learn (< 1.5, such as the 1.2.1 of the reference files) decided from U instead, so its signs
// may differ per component; the reference holds only variance ratios, which signs do not touch.
import type { Matrix } from '../matrix';
import { eigenSymmetric } from './eigenSymmetric';
import { projectPca } from './projectPca';

export interface PcaOptions {
	/** Components kept, 1..min(rows, columns); default 2 (fewer when the data has fewer columns). */
	components?: number;
}

export interface PcaModel {
	/** Row-major c x d: row k holds the loadings of component k (unit length). */
	components: Float64Array;
	/** Column means the data was centred on. */
	mean: Float64Array;
}

export interface PcaResult extends PcaModel {
	/** Variance along each kept component (divisor n - 1, as scikit-learn's explained_variance_). */
	explainedVariance: number[];
	/** Share of the total variance (every component, kept or not) along each kept component. */
	explainedVarianceRatio: number[];
	/** Row-major n x c: each row's coordinates on the kept components. */
	scores: Float64Array;
}

/** pca(X, {components}): the leading principal components of X (no missing values), with scores. */
export function pca(X: Matrix, options: PcaOptions = {}): PcaResult {
	const { rows: n, cols: d } = X;
	if (n < 2 || d < 1) throw new Error(`PCA needs at least 2 rows and 1 column (got ${n} x ${d})`);
	const c = options.components ?? Math.min(2, d, n);
	if (!(Number.isInteger(c) && c >= 1 && c <= Math.min(n, d))) {
		throw new Error(`components must be a whole number from 1 to ${Math.min(n, d)} (got ${c})`);
	}
	const mean = columnMeans(X);
	const { values, vectors } = eigenSymmetric(covariance(X, mean), d);
	// Rounding can leave tiny negative eigenvalues for directions without variance; they are 0.
	const variances = Array.from(values, (v) => Math.max(0, v));
	const total = variances.reduce((s, v) => s + v, 0);
	const components = vectors.slice(0, c * d);
	for (let k = 0; k < c; k++) flipSign(components.subarray(k * d, (k + 1) * d));
	const model = { components, mean };
	return {
		...model,
		explainedVariance: variances.slice(0, c),
		explainedVarianceRatio: variances.slice(0, c).map((v) => (total > 0 ? v / total : 0)),
		scores: projectPca(model, X)
	};
}

function columnMeans(X: Matrix): Float64Array {
	const { data, rows: n, cols: d } = X;
	const sum = new Float64Array(d);
	for (let i = 0, p = 0; i < n; i++) for (let j = 0; j < d; j++, p++) sum[j] += data[p];
	for (let j = 0; j < d; j++) {
		if (Number.isNaN(sum[j])) throw new Error(`PCA needs complete data: column ${j} has missing values (impute or drop them first)`);
		sum[j] /= n;
	}
	return sum;
}

/** Sample covariance (divisor n - 1), upper triangle accumulated row by row, then mirrored. */
function covariance(X: Matrix, mean: Float64Array): Float64Array {
	const { data, rows: n, cols: d } = X;
	const cov = new Float64Array(d * d);
	const centred = new Float64Array(d);
	for (let i = 0; i < n; i++) {
		const base = i * d;
		for (let j = 0; j < d; j++) centred[j] = data[base + j] - mean[j];
		for (let j = 0; j < d; j++) {
			const xj = centred[j];
			const rowStart = j * d;
			for (let k = j; k < d; k++) cov[rowStart + k] += xj * centred[k];
		}
	}
	for (let j = 0; j < d; j++) {
		for (let k = j; k < d; k++) {
			const v = cov[j * d + k] / (n - 1);
			cov[j * d + k] = v;
			cov[k * d + j] = v;
		}
	}
	return cov;
}

/** svd_flip on the component side: the largest |loading| (first on ties) becomes positive. */
function flipSign(component: Float64Array): void {
	let at = 0;
	for (let j = 1; j < component.length; j++) if (Math.abs(component[j]) > Math.abs(component[at])) at = j;
	if (component[at] < 0) for (let j = 0; j < component.length; j++) component[j] = -component[j];
}

