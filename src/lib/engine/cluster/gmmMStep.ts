// The M-step, as scikit-learn's _estimate_gaussian_parameters: soft counts (plus 10 machine
// epsilons, so an empty component divides by a tiny number instead of zero), weighted means,
// covariances with reg_covar added to the diagonal, then the precision Cholesky factors.
import type { Matrix } from '../matrix';
import { NotPositiveDefiniteError, precisionCholeskyFromCovariance } from './gmmLinalg';
import type { CovarianceType, MixtureParameters } from './gmmModel';

const tinyCount = 10 * Number.EPSILON;

/**
 * Parameters from responsibilities `resp` (n x k). Weights are the soft counts over their sum
 * (`weightsOver` = 'rows' divides by n instead, as scikit-learn's _initialize does).
 * Throws NotPositiveDefiniteError naming the component whose covariance collapsed.
 */
export function mStep(X: Matrix, resp: Float64Array, k: number, covariance: CovarianceType, regCovar: number, weightsOver: 'sum' | 'rows' = 'sum'): MixtureParameters {
	const { rows: n, cols: d, data } = X;
	const nk = new Float64Array(k);
	const means = new Float64Array(k * d);
	for (let i = 0; i < n; i++) {
		const b = i * d;
		for (let c = 0; c < k; c++) {
			const r = resp[i * k + c];
			if (r === 0) continue;
			nk[c] += r;
			for (let t = 0, o = c * d; t < d; t++) means[o + t] += r * data[b + t];
		}
	}
	let total = 0;
	for (let c = 0; c < k; c++) {
		nk[c] += tinyCount;
		total += nk[c];
		for (let t = 0; t < d; t++) means[c * d + t] /= nk[c];
	}
	const weights = nk.map((v) => v / (weightsOver === 'sum' ? total : n));
	const covariances = covariance === 'full' ? fullCovariances(X, resp, nk, means, k, regCovar) : diagCovariances(X, resp, nk, means, k, regCovar);
	return { covariance, k, d, weights, means, covariances, precisionsCholesky: precisionsCholesky(covariances, covariance, k, d) };
}

/** Centred around each mean (two passes), which keeps precision where scikit-learn's E[x^2] - mean^2 loses some. */
function diagCovariances(X: Matrix, resp: Float64Array, nk: Float64Array, means: Float64Array, k: number, regCovar: number): Float64Array {
	const { rows: n, cols: d, data } = X;
	const out = new Float64Array(k * d);
	for (let i = 0; i < n; i++) {
		const b = i * d;
		for (let c = 0; c < k; c++) {
			const r = resp[i * k + c];
			if (r === 0) continue;
			for (let t = 0, o = c * d; t < d; t++) {
				const u = data[b + t] - means[o + t];
				out[o + t] += r * u * u;
			}
		}
	}
	for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) out[c * d + t] = out[c * d + t] / nk[c] + regCovar;
	return out;
}

/** The lower triangle is accumulated (half the work), then mirrored. */
function fullCovariances(X: Matrix, resp: Float64Array, nk: Float64Array, means: Float64Array, k: number, regCovar: number): Float64Array {
	const { rows: n, cols: d, data } = X;
	const dd = d * d;
	const out = new Float64Array(k * dd);
	const u = new Float64Array(d);
	for (let i = 0; i < n; i++) {
		const b = i * d;
		for (let c = 0; c < k; c++) {
			const r = resp[i * k + c];
			if (r === 0) continue;
			for (let t = 0, o = c * d; t < d; t++) u[t] = data[b + t] - means[o + t];
			const o = c * dd;
			for (let s = 0; s < d; s++) {
				const rs = r * u[s];
				for (let t = 0, p = o + s * d; t <= s; t++, p++) out[p] += rs * u[t];
			}
		}
	}
	for (let c = 0; c < k; c++) {
		const o = c * dd;
		for (let s = 0; s < d; s++) {
			for (let t = 0; t <= s; t++) {
				const v = out[o + s * d + t] / nk[c];
				out[o + s * d + t] = v;
				out[o + t * d + s] = v;
			}
			out[o + s * d + s] += regCovar;
		}
	}
	return out;
}

/** Precision Cholesky factors of every component. */
export function precisionsCholesky(covariances: Float64Array, covariance: CovarianceType, k: number, d: number): Float64Array {
	const out = new Float64Array(covariances.length);
	if (covariance === 'full') {
		const scratch = new Float64Array(d * d);
		for (let c = 0; c < k; c++) precisionCholeskyFromCovariance(covariances, c, d, out, scratch);
		return out;
	}
	for (let p = 0; p < covariances.length; p++) {
		if (!(covariances[p] > 0)) throw new NotPositiveDefiniteError(Math.floor(p / d));
		out[p] = 1 / Math.sqrt(covariances[p]);
	}
	return out;
}
