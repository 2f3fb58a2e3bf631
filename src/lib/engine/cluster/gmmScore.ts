// Soft membership of rows under a stored mixture: the E-step of its parameters, so the Segments
// page and the export can recompute any row's probabilities instead of storing n x k numbers.
import type { Matrix } from '../matrix';
import { eStepConstants, logSumExpInto, weightedLogProbRow, type MixtureParameters } from './gmmModel';
import type { MixtureModel } from './types';

/** The engine's working form of a stored model (covariances are not needed to score). */
export function mixtureParameters(model: MixtureModel): MixtureParameters {
	const k = model.weights.length;
	const d = model.means[0]?.length ?? 0;
	const block = model.covariance === 'full' ? d * d : d;
	const flat = (rows: number[][], size: number, what: string) => {
		const out = new Float64Array(k * size);
		rows.forEach((r, c) => {
			if (r.length !== size) throw new Error(`mixture component ${c + 1} has ${r.length} ${what} values, expected ${size}`);
			out.set(r, c * size);
		});
		return out;
	};
	return {
		covariance: model.covariance,
		k,
		d,
		weights: Float64Array.from(model.weights),
		means: flat(model.means, d, 'mean'),
		covariances: new Float64Array(0),
		precisionsCholesky: flat(model.precisionsCholesky, block, 'precision')
	};
}

/**
 * Probabilities (rows.length x components, row-major) of the given rows of X, or of every row
 * when `rows` is omitted; each row sums to 1.
 */
export function mixtureResponsibilities(X: Matrix, model: MixtureModel, rows?: ArrayLike<number>): Float64Array {
	const m = mixtureParameters(model);
	if (X.cols !== m.d) throw new Error(`the mixture has ${m.d} features but the data has ${X.cols}`);
	const e = eStepConstants(m);
	const count = rows ? rows.length : X.rows;
	const out = new Float64Array(count * m.k);
	const w = new Float64Array(m.k);
	const diff = new Float64Array(m.d);
	for (let p = 0; p < count; p++) {
		const i = rows ? rows[p] : p;
		weightedLogProbRow(X, i, m, e, w, diff);
		logSumExpInto(w, out, p * m.k);
	}
	return out;
}

/**
 * Probabilities of the run's first `k` components (its segments) for every table row, row-major
 * (tableRows x k); rows the recipe dropped (not in `rowIndex`) get NaN.
 */
export function probabilitiesByTableRow(X: Matrix, rowIndex: ArrayLike<number>, tableRows: number, model: MixtureModel, k: number): Float64Array {
	const all = mixtureResponsibilities(X, model);
	const m = model.weights.length;
	const out = new Float64Array(tableRows * k).fill(NaN);
	for (let i = 0; i < rowIndex.length; i++) for (let c = 0; c < k; c++) out[rowIndex[i] * k + c] = all[i * m + c];
	return out;
}
