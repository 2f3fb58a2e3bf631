// PCA for a picture, on any width: pca() forms a d x d covariance and decomposes it by Jacobi
// rotations, which at 20,000 prepared features means 3.2 GB per matrix and hours of work. A 2-D
// projection does not need every feature, so past `maxColumns` it is fitted on the most variable
// ones; its explained shares stay relative to the total variance of all columns, so they are honest.
import { createMatrix, type Matrix } from '../matrix';
import { pca, type PcaResult } from './pca';

export interface BoundedPcaOptions {
	/** Components kept; default 2 (fewer when the data has fewer rows or columns). */
	components?: number;
	/** Columns the PCA is fitted on at most; default 200. */
	maxColumns?: number;
}

export interface BoundedPca extends PcaResult {
	/** Indices (ascending) of the columns the PCA was fitted on; `mean` and `components` follow them. */
	columns: Int32Array;
}

/** Sample variance (n - 1) of every column. */
function columnVariances(X: Matrix): Float64Array {
	const { data, rows: n, cols: d } = X;
	const mean = new Float64Array(d);
	const sq = new Float64Array(d);
	for (let i = 0, p = 0; i < n; i++) for (let j = 0; j < d; j++, p++) mean[j] += data[p];
	for (let j = 0; j < d; j++) mean[j] /= n;
	for (let i = 0, p = 0; i < n; i++) {
		for (let j = 0; j < d; j++, p++) {
			const v = data[p] - mean[j];
			sq[j] += v * v;
		}
	}
	for (let j = 0; j < d; j++) sq[j] /= n - 1;
	return sq;
}

/** The given columns of X, as a new matrix. */
export function selectColumns(X: Matrix, columns: Int32Array): Matrix {
	const out = createMatrix(X.rows, columns.length);
	for (let i = 0; i < X.rows; i++) for (let k = 0; k < columns.length; k++) out.data[i * columns.length + k] = X.data[i * X.cols + columns[k]];
	return out;
}

/** Indices (ascending) of the `maxColumns` columns of largest variance; the first of equal ones. */
export function mostVariableColumns(variances: Float64Array, maxColumns: number): Int32Array {
	const ranked = Array.from({ length: variances.length }, (_, j) => j).sort((a, b) => variances[b] - variances[a] || a - b);
	return Int32Array.from(ranked.slice(0, maxColumns)).sort();
}

/** pcaBounded(X, {components, maxColumns}): pca() of X, or of its `maxColumns` most variable columns when X is wider. */
export function pcaBounded(X: Matrix, options: BoundedPcaOptions = {}): BoundedPca {
	const maxColumns = options.maxColumns ?? 200;
	const components = Math.min(options.components ?? 2, X.cols, X.rows);
	if (X.cols <= maxColumns) return { ...pca(X, { components }), columns: Int32Array.from({ length: X.cols }, (_, j) => j) };
	const variances = columnVariances(X);
	const columns = mostVariableColumns(variances, maxColumns);
	const fit = pca(selectColumns(X, columns), { components: Math.min(components, columns.length) });
	const total = variances.reduce((s, v) => s + v, 0);
	return { ...fit, columns, explainedVarianceRatio: fit.explainedVariance.map((v) => (total > 0 ? v / total : 0)) };
}
