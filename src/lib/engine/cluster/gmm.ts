// Gaussian mixture as a clustering algorithm: EM as scikit-learn's GaussianMixture (gmmFit), each
// row's segment the component of highest probability, components renumbered by size like every
// other algorithm (0 = largest), and the soft memberships (responsibilities) kept alongside.
import type { Matrix } from '../matrix';
import { checkKMeansInput } from './kmeans';
import { finishSegments } from './finish';
import { fitMixture, fitDefaults, type FitMixtureOptions } from './gmmFit';
import { NotPositiveDefiniteError } from './gmmLinalg';
import { aic, bic, mixtureParameterCount, type MixtureParameters } from './gmmModel';
import type { ClusterResult, MixtureModel } from './types';
import { assertInteger } from './validate';

export type GmmOptions = FitMixtureOptions;

export interface GmmResult extends ClusterResult {
	mixture: MixtureModel;
	/** n x mixture components, row-major: the probability of each row belonging to each component (rows sum to 1). */
	responsibilities: Float64Array;
}

/**
 * Fit a k-component Gaussian mixture to the rows of X (prepared features, no NaN). Throws on bad
 * input, and with advice when a component's covariance collapses (full covariance on few rows).
 */
export function gmm(X: Matrix, options: GmmOptions): GmmResult {
	const o = { ...fitDefaults, ...options };
	checkKMeansInput(X, o.k, 'Gaussian mixture');
	assertInteger('restarts', o.restarts, 1);
	assertInteger('maxIterations', o.maxIterations, 0);
	if (!(o.tolerance >= 0)) throw new Error(`tolerance must be >= 0 (got ${o.tolerance})`);
	if (!(o.regCovar >= 0)) throw new Error(`regCovar must be >= 0 (got ${o.regCovar})`);
	if (o.covariance !== 'full' && o.covariance !== 'diag') throw new Error(`covariance must be 'full' or 'diag' (got ${String(o.covariance)})`);
	const fit = fitOrExplain(X, o);
	const { rows: n, cols: d } = X;
	const k = o.k;
	const { order, labels } = bySize(fit.responsibilities, n, k);
	const parameters = permute(fit.parameters, order);
	const responsibilities = new Float64Array(n * k);
	for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) responsibilities[i * k + c] = fit.responsibilities[i * k + order[c]];
	const segments = finishSegments(X, labels, k);
	const count = mixtureParameterCount(o.covariance, k, d);
	return {
		algorithm: 'gmm',
		...segments,
		iterations: fit.iterations,
		seed: o.seed,
		params: {
			covariance: o.covariance,
			restarts: fit.starts,
			maxIterations: o.maxIterations,
			tolerance: o.tolerance,
			regCovar: o.regCovar,
			init: o.start ? 'explicit' : o.init,
			converged: fit.converged,
			logLikelihood: fit.meanLogLikelihood,
			bic: bic(fit.meanLogLikelihood, n, count),
			aic: aic(fit.meanLogLikelihood, n, count),
			rows: n
		},
		mixture: toModel(parameters, fit.meanLogLikelihood, n, count),
		responsibilities
	};
}

/** fitMixture, with a collapsed covariance turned into advice the analyst can act on. */
export function fitOrExplain(X: Matrix, options: FitMixtureOptions): ReturnType<typeof fitMixture> {
	try {
		return fitMixture(X, options);
	} catch (error) {
		if (!(error instanceof NotPositiveDefiniteError)) throw error;
		const covariance = options.covariance ?? fitDefaults.covariance;
		const advice = covariance === 'full' ? "choose diagonal covariance ('diag'), fewer segments, or fewer features" : 'choose fewer segments, or remove constant or duplicated features';
		throw new Error(
			`Gaussian mixture (${covariance} covariance, k = ${options.k}) failed: a component's covariance collapsed (it holds too few distinct rows to estimate ${covariance === 'full' ? 'a full covariance' : 'its variances'}); ${advice}`
		);
	}
}

/**
 * Components ordered as finishSegments orders segments (most rows of highest probability first,
 * ties by the first such row), the ones holding no row last; labels use the new numbering.
 */
function bySize(resp: Float64Array, n: number, k: number): { order: Int32Array; labels: Int32Array } {
	const raw = new Int32Array(n);
	const counts = new Int32Array(k);
	const first = new Int32Array(k).fill(n);
	for (let i = 0; i < n; i++) {
		let best = 0;
		for (let c = 1; c < k; c++) if (resp[i * k + c] > resp[i * k + best]) best = c;
		raw[i] = best;
		if (counts[best]++ === 0) first[best] = i;
	}
	const order = Int32Array.from({ length: k }, (_, c) => c).sort((a, b) => counts[b] - counts[a] || first[a] - first[b]);
	const rank = new Int32Array(k);
	order.forEach((c, r) => (rank[c] = r));
	return { order, labels: raw.map((c) => rank[c]) };
}

function permute(m: MixtureParameters, order: Int32Array): MixtureParameters {
	const { k, d } = m;
	const block = m.covariance === 'full' ? d * d : d;
	const pick = (values: Float64Array, size: number) => {
		const out = new Float64Array(values.length);
		for (let c = 0; c < k; c++) out.set(values.subarray(order[c] * size, order[c] * size + size), c * size);
		return out;
	};
	return { ...m, weights: pick(m.weights, 1), means: pick(m.means, d), covariances: pick(m.covariances, block), precisionsCholesky: pick(m.precisionsCholesky, block) };
}

function toModel(m: MixtureParameters, logLikelihood: number, n: number, parameters: number): MixtureModel {
	const { k, d } = m;
	const block = m.covariance === 'full' ? d * d : d;
	const rows = (values: Float64Array, size: number) => Array.from({ length: k }, (_, c) => Array.from(values.subarray(c * size, c * size + size)));
	return {
		covariance: m.covariance,
		weights: Array.from(m.weights),
		means: rows(m.means, d),
		precisionsCholesky: rows(m.precisionsCholesky, block),
		logLikelihood,
		bic: bic(logLikelihood, n, parameters),
		aic: aic(logLikelihood, n, parameters),
		parameters
	};
}
