// BIC and AIC of Gaussian mixtures for each k in a range: another way to choose k, where the
// lowest BIC (likelihood against the number of parameters) is the suggestion.
import type { Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';
import { fitOrExplain } from './gmm';
import { fitDefaults, type FitMixtureOptions } from './gmmFit';
import { aic, bic, mixtureParameterCount } from './gmmModel';
import { assertInteger } from './validate';

export interface GmmSweepOptions extends LongTaskOptions, Omit<FitMixtureOptions, 'k' | 'start' | keyof LongTaskOptions> {
	/** Smallest k; default 1. */
	kmin?: number;
	/** Largest k (lowered to the number of rows); default 8. */
	kmax?: number;
	/** Called with each k's row as soon as it is fitted. */
	onRow?: (row: GmmSweepRow) => void;
}

export interface GmmSweepRow {
	k: number;
	bic: number;
	aic: number;
	/** Mean log-likelihood per row. */
	logLikelihood: number;
	parameters: number;
	converged: boolean;
	/** Set instead of the numbers when this k could not be fitted (e.g. a collapsed covariance). */
	error?: string;
}

export interface GmmSweepResult {
	rows: GmmSweepRow[];
	covariance: 'full' | 'diag';
	/** k of the lowest BIC (the suggestion) and of the lowest AIC. */
	bestBicK: number;
	bestAicK: number;
}

export function gmmSweep(X: Matrix, options: GmmSweepOptions = {}): GmmSweepResult {
	const o = { ...fitDefaults, kmin: 1, kmax: 8, ...options };
	assertInteger('kmin', o.kmin, 1);
	const kmax = Math.min(o.kmax, X.rows);
	if (kmax < o.kmin) throw new Error(`kmax (${o.kmax}) must be at least kmin (${o.kmin}) and the data has ${X.rows} rows`);
	const n = X.rows;
	const rows: GmmSweepRow[] = [];
	const span = kmax - o.kmin + 1;
	for (let k = o.kmin; k <= kmax; k++) {
		const at = k - o.kmin;
		const onProgress = o.onProgress && ((f: number, m?: string) => o.onProgress!((at + f) / span, `k = ${k} of ${kmax}${m ? `: ${m}` : ''}`));
		const parameters = mixtureParameterCount(o.covariance, k, X.cols);
		let row: GmmSweepRow;
		try {
			const fit = fitOrExplain(X, { ...o, k, onProgress });
			row = { k, bic: bic(fit.meanLogLikelihood, n, parameters), aic: aic(fit.meanLogLikelihood, n, parameters), logLikelihood: fit.meanLogLikelihood, parameters, converged: fit.converged };
		} catch (error) {
			// A collapsed covariance at a large k ends that k, not the sweep; cancelling still stops it.
			if (!(error instanceof Error) || !error.message.startsWith('Gaussian mixture')) throw error;
			row = { k, bic: NaN, aic: NaN, logLikelihood: NaN, parameters, converged: false, error: error.message };
		}
		rows.push(row);
		o.onRow?.(row);
	}
	const lowest = (key: 'bic' | 'aic') => rows.reduce((best, r) => (Number.isFinite(r[key]) && !(r[key] >= best[key]) ? r : best), rows.find((r) => Number.isFinite(r[key])) ?? rows[0]).k;
	return { rows, covariance: o.covariance, bestBicK: lowest('bic'), bestAicK: lowest('aic') };
}
