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
	const c = pcaComponentCount(n, d, options);
	const mean = meansFromSums(columnSums(X), n);
	const fit = componentsFromCovariance(covarianceFromCrossProducts(crossProducts(X, mean), d, n), d, c);
	const model = { components: fit.components, mean };
	return { ...model, explainedVariance: fit.explainedVariance, explainedVarianceRatio: fit.explainedVarianceRatio, scores: projectPca(model, X) };
}

/** The components kept for an n x d matrix (options.components, default up to 2); throws on a shape PCA cannot take. */
export function pcaComponentCount(n: number, d: number, options: PcaOptions = {}): number {
	if (n < 2 || d < 1) throw new Error(`PCA needs at least 2 rows and 1 column (got ${n} x ${d})`);
	const c = options.components ?? Math.min(2, d, n);
	if (!(Number.isInteger(c) && c >= 1 && c <= Math.min(n, d))) {
		throw new Error(`components must be a whole number from 1 to ${Math.min(n, d)} (got ${c})`);
	}
	return c;
}

/**
 * The leading `c` components of a full d x d covariance, largest variance first, signs as svd_flip;
 * the pieces of pca() that need only the covariance (engine/parallel adds it up over shards).
 */
export function componentsFromCovariance(cov: Float64Array, d: number, c: number): Pick<PcaResult, 'components' | 'explainedVariance' | 'explainedVarianceRatio'> {
	const { values, vectors } = eigenSymmetric(cov, d);
	// Rounding can leave tiny negative eigenvalues for directions without variance; they are 0.
	const variances = Array.from(values, (v) => Math.max(0, v));
	const total = variances.reduce((s, v) => s + v, 0);
	const components = vectors.slice(0, c * d);
	for (let k = 0; k < c; k++) flipSign(components.subarray(k * d, (k + 1) * d));
	return {
		components,
		explainedVariance: variances.slice(0, c),
		explainedVarianceRatio: variances.slice(0, c).map((v) => (total > 0 ? v / total : 0))
	};
}

function columnSums(X: Matrix): Float64Array {
	const { data, rows: n, cols: d } = X;
	const sum = new Float64Array(d);
	for (let i = 0, p = 0; i < n; i++) for (let j = 0; j < d; j++, p++) sum[j] += data[p];
	return sum;
}

/** Column sums over n rows divided into means, in place; a NaN sum means a missing value in that column. */
export function meansFromSums(sum: Float64Array, n: number): Float64Array {
	for (let j = 0; j < sum.length; j++) {
		if (Number.isNaN(sum[j])) throw new Error(`PCA needs complete data: column ${j} has missing values (impute or drop them first)`);
		sum[j] /= n;
	}
	return sum;
}

/** Sums of products of the centred values, upper triangle (j <= k) of a d x d array, accumulated row by row. */
function crossProducts(X: Matrix, mean: Float64Array): Float64Array {
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
	return cov;
}

/** Sample covariance (divisor n - 1) from crossProducts' upper triangle, mirrored, in place. */
export function covarianceFromCrossProducts(cov: Float64Array, d: number, n: number): Float64Array {
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

