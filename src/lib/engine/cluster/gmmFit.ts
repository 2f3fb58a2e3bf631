// EM for a Gaussian mixture exactly as scikit-learn's GaussianMixture.fit: each of `restarts`
// starts (n_init) is initialised, then E and M steps alternate until the mean log-likelihood of
// the E-step changes by less than `tolerance`; the start with the highest such lower bound is kept
// and a final E-step gives the responsibilities, so labels agree with predict().
import type { Matrix } from '../matrix';
import { checkStop, type LongTaskOptions } from '../progress';
import { createRandom, type Random } from '../random';
import { precisionCholeskyFromPrecision } from './gmmLinalg';
import { eStep, type CovarianceType, type MixtureParameters } from './gmmModel';
import { mStep } from './gmmMStep';
import { kmeans } from './kmeans';
import { kmeansPlusPlus } from './kmeansPlusPlus';

/** Explicit starting parameters in scikit-learn's form (weights_init, means_init, precisions_init). */
export interface MixtureStart {
	/** k weights. */
	weights: ArrayLike<number>;
	/** k x d, row-major. */
	means: ArrayLike<number>;
	/** full: k x d x d precision matrices; diag: k x d precisions (1 / variance). */
	precisions: ArrayLike<number>;
}

/** How starts are made when no explicit start is given. */
export type MixtureInit = 'kmeans' | 'k-means++';

export interface FitMixtureOptions extends LongTaskOptions {
	k: number;
	/** Default 'full' (scikit-learn's default). */
	covariance?: CovarianceType;
	/** Seed of the starts; default 42. */
	seed?: number;
	/** Independent starts (n_init), the best lower bound kept; default 1. */
	restarts?: number;
	/** EM iterations per start (max_iter); default 100. */
	maxIterations?: number;
	/** Stop when the mean log-likelihood changes by less than this (tol); default 1e-3. */
	tolerance?: number;
	/** Added to every variance (reg_covar); default 1e-6. */
	regCovar?: number;
	/**
	 * 'kmeans' (default, scikit-learn's init_params='kmeans'): one k-means run (k-means++ seeding,
	 * Lloyd) and its hard labels as the first responsibilities. 'k-means++': the k-means++ centres
	 * alone, each row given to its nearest centre.
	 */
	init?: MixtureInit;
	/** Explicit start: one run from it (oracle tests); `init` and `restarts` are ignored. */
	start?: MixtureStart;
}

export interface MixtureFit {
	parameters: MixtureParameters;
	/** n x k, rows sum to 1, from the final E-step. */
	responsibilities: Float64Array;
	/** Mean log-likelihood per row of the kept parameters (scikit-learn's score(X)). */
	meanLogLikelihood: number;
	/** The kept start's last E-step value (lower_bound_). */
	lowerBound: number;
	iterations: number;
	converged: boolean;
	starts: number;
}

export const fitDefaults = { covariance: 'full' as CovarianceType, seed: 42, restarts: 1, maxIterations: 100, tolerance: 1e-3, regCovar: 1e-6, init: 'kmeans' as MixtureInit };

export function fitMixture(X: Matrix, options: FitMixtureOptions): MixtureFit {
	const o = { ...fitDefaults, ...options };
	const { rows: n } = X;
	const k = o.k;
	const resp = new Float64Array(n * k);
	const random = createRandom(o.seed);
	const starts = o.start ? 1 : o.restarts;
	let best: { parameters: MixtureParameters; lowerBound: number; iterations: number; converged: boolean } | undefined;
	for (let r = 0; r < starts; r++) {
		let parameters = o.start ? explicitStart(o.start, k, X.cols, o.covariance) : initialParameters(X, o, random, resp);
		let lowerBound = -Infinity;
		let iterations = 0;
		let converged = false;
		for (let iteration = 1; iteration <= o.maxIterations; iteration++) {
			checkStop(o);
			const previous = lowerBound;
			lowerBound = eStep(X, parameters, resp);
			parameters = mStep(X, resp, k, o.covariance, o.regCovar);
			iterations = iteration;
			o.onProgress?.((r + iteration / o.maxIterations) / starts, `start ${r + 1} of ${starts}, iteration ${iteration}`);
			if (Math.abs(lowerBound - previous) < o.tolerance) {
				converged = true;
				break;
			}
		}
		if (!best || lowerBound > best.lowerBound) best = { parameters, lowerBound, iterations, converged };
	}
	const kept = best!;
	const meanLogLikelihood = eStep(X, kept.parameters, resp);
	return { ...kept, responsibilities: resp, meanLogLikelihood, starts };
}

/** Parameters from one seeded start; `resp` is scratch (n x k) overwritten here. */
function initialParameters(X: Matrix, o: typeof fitDefaults & FitMixtureOptions, random: Random, resp: Float64Array): MixtureParameters {
	const { rows: n, cols: d, data } = X;
	const k = o.k;
	resp.fill(0);
	if (o.init === 'kmeans') {
		// One k-means++ seeding and Lloyd run, as KMeans(n_init=1) inside scikit-learn's init.
		const labels = kmeans(X, { k, seed: Math.floor(random.next() * 2 ** 31), restarts: 1, workBudget: 0 }).labels;
		for (let i = 0; i < n; i++) resp[i * k + labels[i]] = 1;
	} else {
		const { centres } = kmeansPlusPlus(X, k, random);
		for (let i = 0; i < n; i++) {
			let nearest = 0;
			let bestDistance = Infinity;
			for (let c = 0; c < k; c++) {
				let s = 0;
				for (let t = 0; t < d; t++) {
					const u = data[i * d + t] - centres[c * d + t];
					s += u * u;
				}
				if (s < bestDistance) {
					bestDistance = s;
					nearest = c;
				}
			}
			resp[i * k + nearest] = 1;
		}
	}
	return mStep(X, resp, k, o.covariance, o.regCovar, 'rows');
}

function explicitStart(start: MixtureStart, k: number, d: number, covariance: CovarianceType): MixtureParameters {
	const perComponent = covariance === 'full' ? d * d : d;
	if (start.weights.length !== k) throw new Error(`the start has ${start.weights.length} weights, expected k = ${k}`);
	if (start.means.length !== k * d) throw new Error(`the start has ${start.means.length} mean values, expected k x d = ${k} x ${d}`);
	if (start.precisions.length !== k * perComponent) {
		throw new Error(`the start has ${start.precisions.length} precision values, expected ${k} x ${perComponent} for '${covariance}' covariance`);
	}
	const precisions = Float64Array.from(start.precisions);
	const precisionsCholesky = new Float64Array(precisions.length);
	if (covariance === 'full') for (let c = 0; c < k; c++) precisionCholeskyFromPrecision(precisions, c, d, precisionsCholesky);
	else for (let p = 0; p < precisions.length; p++) precisionsCholesky[p] = Math.sqrt(precisions[p]);
	// Covariances are only reported after an M-step; an explicit start has none of its own.
	return { covariance, k, d, weights: Float64Array.from(start.weights), means: Float64Array.from(start.means), covariances: new Float64Array(precisions.length), precisionsCholesky };
}
