// k-means as scikit-learn's KMeans: greedy k-means++ starts drawn from one seeded generator, Lloyd
// iterations (Hamerly-accelerated by default) with tolerance on the centre shift, the start with the
// lowest inertia kept, segments renumbered by size so the same seed always gives the same output.
// On small data a start costs little and ten can all miss the best solution (issue 9: 2.9 % above
// scikit-learn at 199 rows, k = 9), so starts are added up to a fixed amount of work, n x k x d per
// start: a count, not a clock, so the result still depends on the seed alone; large data keeps 10.
import type { Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';
import { createRandom } from '../random';
import { finishSegments } from './finish';
import { createHamerlyWorkspace, runHamerly } from './hamerly';
import { kmeansPlusPlus } from './kmeansPlusPlus';
import { runLloyd, type RunResult } from './lloydRun';
import type { ClusterResult } from './types';
import { summariseMatrix, type MatrixSummary } from './summary';
import { assertInteger } from './validate';

/** Options of kmeans(); X holds prepared features, no NaN. */
export interface KMeansOptions extends LongTaskOptions {
	/** Number of segments, 1..rows (and at most the number of distinct rows). */
	k: number;
	/** Seed of the k-means++ draws; default 42. */
	seed?: number;
	/** Fewest independent k-means++ starts (more on small data, see workBudget); the lowest inertia is kept; default 10. */
	restarts?: number;
	/** Starts are added while starts x n x k x d stays within this (at most maxStarts); 0 = exactly `restarts`; default 1e7. */
	workBudget?: number;
	/** Cap on the starts workBudget adds; default 300. */
	maxStarts?: number;
	/** Iteration cap per start; default 300. */
	maxIterations?: number;
	/** Stop when the summed squared centre shift <= tolerance x mean per-feature variance (scikit-learn's tol); default 1e-4. */
	tolerance?: number;
	/** Explicit initial centres, k x d row-major: one run from them instead of k-means++ (oracle tests). */
	init?: Float64Array;
	/** 'hamerly' (default: bounds skip rows that cannot move; same labels) or 'lloyd' (full passes). */
	method?: 'hamerly' | 'lloyd';
}

const defaults = { seed: 42, restarts: 10, workBudget: 1e7, maxStarts: 300, maxIterations: 300, tolerance: 1e-4, method: 'hamerly' as const };

/**
 * k-means++ starts for n rows, k segments and d features: `restarts`, raised to as many as fit in
 * `workBudget` counted in n x k x d (one distance pass; a start takes ~10-40 of them) but not above
 * `maxStarts`. The defaults give 300 starts up to n x k x d = 33,333 (e.g. 440 rows x 9 x 6 features,
 * ~0.1 s here) and 10 from 1,000,000 upward (e.g. 25,000 rows x 5 x 8): the added time stays
 * under ~0.3 s a fit, and data that large is where one more start matters least.
 */
export function kmeansStarts(n: number, k: number, d: number, restarts: number, workBudget: number, maxStarts: number): number {
	// Every start of k = 1 ends at the mean: more of them would change nothing.
	if (k === 1) return restarts;
	const affordable = Math.min(maxStarts, Math.floor(workBudget / (n * k * d)));
	return Math.max(restarts, affordable);
}

/**
 * Cluster the rows of X into k segments. Throws on NaN/Infinity, k outside 1..rows, or k above the
 * number of distinct rows. Constant data with k = 1 gives one segment with inertia 0.
 */
export function kmeans(X: Matrix, options: KMeansOptions): ClusterResult {
	const o = { ...defaults, ...options };
	const { rows: n, cols: d } = X;
	const summary = checkKMeansInput(X, o.k, 'k-means');
	assertInteger('restarts', o.restarts, 1);
	assertInteger('maxStarts', o.maxStarts, 1);
	if (!(o.workBudget >= 0)) throw new Error(`workBudget must be >= 0 (got ${o.workBudget})`);
	assertInteger('maxIterations', o.maxIterations, 1);
	if (!(o.tolerance >= 0)) throw new Error(`tolerance must be >= 0 (got ${o.tolerance})`);
	const tolerance = o.tolerance * summary.meanVariance;
	const random = createRandom(o.seed);
	const runOptions = { maxIterations: o.maxIterations, tolerance, shouldStop: o.shouldStop, summary };
	const starts = o.init ? 1 : kmeansStarts(n, o.k, d, o.restarts, o.workBudget, o.maxStarts);
	if (o.init) checkInit(o.init, o.k, d);
	// Buffers shared by every start, so restarts do not pile up garbage at a million rows.
	const closest = o.init ? undefined : new Float64Array(n);
	const workspace = o.method === 'lloyd' ? undefined : createHamerlyWorkspace(n);
	const bestLabels = new Int32Array(n);
	let best: RunResult | undefined;
	for (let r = 0; r < starts; r++) {
		const init = o.init ?? kmeansPlusPlus(X, o.k, random, closest).centres;
		const result = o.method === 'lloyd' ? runLloyd(X, init, o.k, runOptions) : runHamerly(X, init, o.k, runOptions, workspace);
		// A start must beat the best by more than rounding noise, so equal solutions keep the earlier start.
		if (!best || result.inertia < best.inertia * (1 - 1e-12)) {
			bestLabels.set(result.labels);
			best = { ...result, labels: bestLabels };
		}
		o.onProgress?.((r + 1) / starts, `start ${r + 1} of ${starts}`);
	}
	const kept = best as RunResult;
	const segments = finishSegments(X, kept.labels, o.k);
	return {
		algorithm: 'kmeans',
		...segments,
		iterations: kept.iterations,
		seed: o.seed,
		params: {
			// What was asked (re-running with it gives the same result) and what the work budget made of it.
			restarts: o.init ? 1 : o.restarts,
			starts,
			maxIterations: o.maxIterations,
			tolerance: o.tolerance,
			init: o.init ? 'explicit' : 'k-means++',
			method: o.method,
			converged: kept.strict || kept.iterations < o.maxIterations,
			rows: n
		}
	};
}

/** Shared checks of k-means style input (`what` names the algorithm in messages), and the matrix summary. */
export function checkKMeansInput(X: Matrix, k: number, what: string): MatrixSummary {
	if (X.rows === 0) throw new Error(`${what} needs at least one row`);
	if (X.cols === 0) throw new Error(`${what} needs at least one feature column`);
	assertInteger('k', k, 1);
	const summary = summariseMatrix(X, what);
	if (k > X.rows) throw new Error(`k = ${k} but there ${X.rows === 1 ? 'is only 1 row' : `are only ${X.rows} rows`}; choose k <= ${X.rows}`);
	return summary;
}

function checkInit(init: Float64Array, k: number, d: number): void {
	if (init.length !== k * d) throw new Error(`init has ${init.length} values, expected k x d = ${k} x ${d}`);
	for (let p = 0; p < init.length; p++) {
		if (!Number.isFinite(init[p])) throw new Error(`init centre ${Math.floor(p / d)} is not finite`);
	}
}
