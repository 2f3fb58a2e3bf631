// A fitted Gaussian mixture's parameters in scikit-learn's layout, its E-step (log-domain
// responsibilities through log-sum-exp) and the parameter count behind BIC and AIC.
import type { Matrix } from '../matrix';

/** 'full': one d x d covariance per component; 'diag': per-feature variances only (fast, fewer parameters). */
export type CovarianceType = 'full' | 'diag';

/** Mixture parameters on typed arrays (the engine's working form). */
export interface MixtureParameters {
	covariance: CovarianceType;
	k: number;
	d: number;
	/** k mixing weights summing to 1. */
	weights: Float64Array;
	/** k x d component means. */
	means: Float64Array;
	/** full: k x d x d covariances; diag: k x d variances (reg_covar included). */
	covariances: Float64Array;
	/** full: k x d x d upper triangular U with U U^T = precision; diag: k x d values 1 / sqrt(variance). */
	precisionsCholesky: Float64Array;
}

const log2Pi = Math.log(2 * Math.PI);

/** Per component, the log-determinant of its precision Cholesky (half the log-det of the precision). */
export function logDetCholesky(m: MixtureParameters): Float64Array {
	const { k, d, precisionsCholesky: P } = m;
	const out = new Float64Array(k);
	for (let c = 0; c < k; c++) {
		let s = 0;
		if (m.covariance === 'full') for (let j = 0; j < d; j++) s += Math.log(P[c * d * d + j * d + j]);
		else for (let j = 0; j < d; j++) s += Math.log(P[c * d + j]);
		out[c] = s;
	}
	return out;
}

/** What the E-step needs per component, computed once per pass rather than once per row. */
export interface EStepConstants {
	/** log weight + log-det Cholesky - d/2 log(2 pi). */
	offset: Float64Array;
	/** diag only: the precisions (1 / variance), k x d. */
	precisions?: Float64Array;
	/** full only: each U transposed (lower triangular), so column j of U is a contiguous row. */
	transposed?: Float64Array;
}

export function eStepConstants(m: MixtureParameters): EStepConstants {
	const { k, d } = m;
	const logDet = logDetCholesky(m);
	const offset = new Float64Array(k);
	for (let c = 0; c < k; c++) offset[c] = Math.log(m.weights[c]) + logDet[c] - 0.5 * d * log2Pi;
	if (m.covariance === 'full') {
		const U = m.precisionsCholesky;
		const transposed = new Float64Array(U.length);
		for (let c = 0, o = 0; c < k; c++, o += d * d) for (let t = 0; t < d; t++) for (let j = 0; j < d; j++) transposed[o + j * d + t] = U[o + t * d + j];
		return { offset, transposed };
	}
	const precisions = new Float64Array(k * d);
	for (let p = 0; p < precisions.length; p++) precisions[p] = m.precisionsCholesky[p] * m.precisionsCholesky[p];
	return { offset, precisions };
}

/** log(weight_c) + log N(x_i | mean_c, covariance_c) for row i into out[0..k); `diff` is scratch of length d. */
export function weightedLogProbRow(X: Matrix, i: number, m: MixtureParameters, e: EStepConstants, out: Float64Array, diff: Float64Array): void {
	const { k, d, means } = m;
	const data = X.data;
	const b = i * d;
	if (m.covariance === 'diag') {
		const prec = e.precisions!;
		for (let c = 0, o = 0; c < k; c++, o += d) {
			let q = 0;
			for (let t = 0; t < d; t++) {
				const u = data[b + t] - means[o + t];
				q += u * u * prec[o + t];
			}
			out[c] = e.offset[c] - 0.5 * q;
		}
		return;
	}
	const T = e.transposed!;
	for (let c = 0; c < k; c++) {
		const o = c * d;
		for (let t = 0; t < d; t++) diff[t] = data[b + t] - means[o + t];
		// q = |diff U|^2; U is upper triangular, so (diff U)_j only sums diff_0..diff_j (row j of U^T).
		let q = 0;
		for (let j = 0, p = c * d * d; j < d; j++, p += d) {
			let yj = 0;
			for (let t = 0; t <= j; t++) yj += diff[t] * T[p + t];
			q += yj * yj;
		}
		out[c] = e.offset[c] - 0.5 * q;
	}
}

/**
 * The E-step: responsibilities (n x k, written into `resp`) and the mean over rows of log p(x_i), the
 * quantity scikit-learn's lower_bound_ and score() report. Log-sum-exp keeps far-away rows finite.
 */
export function eStep(X: Matrix, m: MixtureParameters, resp: Float64Array): number {
	const { k, d } = m;
	const n = X.rows;
	const e = eStepConstants(m);
	const w = new Float64Array(k);
	const diff = new Float64Array(d);
	let total = 0;
	for (let i = 0; i < n; i++) {
		weightedLogProbRow(X, i, m, e, w, diff);
		total += logSumExpInto(w, resp, i * k);
	}
	return total / n;
}

/** log(sum exp(w)); writes the normalised exp(w_c) to out[at + c] (one exp per component, shifted by the max so none overflows). */
export function logSumExpInto(w: Float64Array, out: Float64Array, at: number): number {
	const k = w.length;
	let max = -Infinity;
	for (let c = 0; c < k; c++) if (w[c] > max) max = w[c];
	let s = 0;
	for (let c = 0; c < k; c++) {
		const e = Math.exp(w[c] - max);
		out[at + c] = e;
		s += e;
	}
	for (let c = 0; c < k; c++) out[at + c] /= s;
	return max + Math.log(s);
}

/** Free parameters, as scikit-learn's _n_parameters: covariances + means + (k - 1) weights. */
export function mixtureParameterCount(covariance: CovarianceType, k: number, d: number): number {
	const cov = covariance === 'full' ? (k * d * (d + 1)) / 2 : k * d;
	return Math.trunc(cov + k * d + k - 1);
}

/** -2 n mean log-likelihood + parameters x ln n (lower is better). */
export function bic(meanLogLikelihood: number, n: number, parameters: number): number {
	return -2 * meanLogLikelihood * n + parameters * Math.log(n);
}

/** -2 n mean log-likelihood + 2 x parameters (lower is better). */
export function aic(meanLogLikelihood: number, n: number, parameters: number): number {
	return -2 * meanLogLikelihood * n + 2 * parameters;
}
