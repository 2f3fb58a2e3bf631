// k-means as scikit-learn's KMeans: greedy k-means++ starts drawn from one seeded generator, Lloyd
// iterations (Hamerly-accelerated by default) with tolerance on the centre shift, the start with the
// lowest inertia kept, segments renumbered by size so the same seed always gives the same output.
// On small data a start costs little and ten can all miss the best solution (issue 9: 2.9 % above
// scikit-learn at 199 rows, k = 9), so starts are added up to a fixed amount of work, n x k x d per
// start: a count, not a clock, so the result still depends on the seed alone; large data keeps 10.
import type { Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';
import { kmeansOverShards, type ShardedKMeansInput, type ShardedKMeansOutput } from '../parallel/kmeansDriver';
import { runShardsSync } from '../parallel/shardCalls';
import { createShardHost } from '../parallel/shardHost';
import { createTsShard } from '../parallel/tsShard';
import { createWasmShard, wasmAvailable } from '../wasm/wasmShard';
import { renumberBySize, withinSumOfSquares, type Segments } from './finish';
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

/** kmeans()'s defaults, shared with the pooled k-means (engine/parallel). */
export const kmeansDefaults = { seed: 42, restarts: 10, workBudget: 1e7, maxStarts: 300, maxIterations: 300, tolerance: 1e-4, method: 'hamerly' as const };

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
/** Values (rows x features) from which kmeans() copies the rows into a WebAssembly shard. */
const wasmMinValues = 4096;

export function kmeans(X: Matrix, options: KMeansOptions): ClusterResult {
	const plan = planKMeans(X, options, checkKMeansInput(X, options.k, 'k-means'));
	// The sharded driver on one shard, the pool's code path in this thread: the WebAssembly shard where
	// it runs (3-6x faster; identical labels, ties included), else the TypeScript one over X itself.
	// Plain Lloyd ('lloyd', full passes) and tiny tables stay on the TypeScript oracle.
	const wasm = plan.o.method !== 'lloyd' && X.rows * X.cols >= wasmMinValues && wasmAvailable();
	const shard = wasm
		? createWasmShard(X.data, X.rows, X.cols)
		: createTsShard(X.data, X.rows, X.cols, { bounded: plan.o.method !== 'lloyd', maxAbs: plan.summary.maxAbs });
	// Through a shard host, as a pool worker answers: the driver also reads rows (rowsAt) for its seeding sample.
	const kept = runShardsSync(kmeansOverShards(plan.input), [createShardHost(X.data, X.rows, X.cols, () => shard)]);
	return publishKMeans(X, plan, kept);
}

/** Checked options and the driver's input (one shard of all rows; a pool replaces shardRows). */
export interface KMeansPlan {
	o: Required<Omit<KMeansOptions, 'init' | 'onProgress' | 'shouldStop'>> & KMeansOptions;
	starts: number;
	summary: MatrixSummary;
	input: ShardedKMeansInput;
}

/**
 * The checks and start count kmeans() and the pooled k-means (engine/parallel) share; `summary` is
 * X's, from checkKMeansInput or summed where a pool holds the rows.
 */
export function planKMeans(X: Pick<Matrix, 'rows' | 'cols'>, options: KMeansOptions, summary: MatrixSummary): KMeansPlan {
	const o = { ...kmeansDefaults, ...options };
	const { rows: n, cols: d } = X;
	checkKMeansOptions(o);
	if (o.init) checkInit(o.init, o.k, d);
	const starts = o.init ? 1 : kmeansStarts(n, o.k, d, o.restarts, o.workBudget, o.maxStarts);
	const input: ShardedKMeansInput = {
		shardRows: [n],
		d,
		k: o.k,
		seed: o.seed,
		starts,
		maxIterations: o.maxIterations,
		tolerance: o.tolerance * summary.meanVariance,
		init: o.init,
		summary,
		onProgress: o.onProgress,
		shouldStop: o.shouldStop
	};
	return { o, starts, summary, input };
}

/**
 * The kept start's labels renumbered by size, with the centres they were assigned to, as scikit-learn
 * returns cluster_centers_: when a run stops on the tolerance the means of the final labels have moved
 * once more, and a model holding those means would put some rows (17 of 19,970 on the Online Retail
 * rows) in another segment than the run did. The inertia to them is the caller's (rows in order).
 */
export function assignedSegments(kept: ShardedKMeansOutput, rawK: number, d: number): Omit<Segments, 'inertia'> {
	// Renumbered in place: the raw labels are the driver's own, and a million rows need not be held twice.
	const { rank, ...segments } = renumberBySize(kept.labels, rawK, kept.labels);
	const centroids = new Float64Array(segments.k * d);
	for (let c = 0; c < rawK; c++) if (rank[c] >= 0) centroids.set(kept.centres.subarray(c * d, c * d + d), rank[c] * d);
	return { ...segments, centroids };
}

/** The kept start as kmeans() publishes it: segments renumbered by size, and what produced them. */
export function publishKMeans(X: Matrix, plan: KMeansPlan, kept: ShardedKMeansOutput, extra: Record<string, number | string | boolean> = {}): ClusterResult {
	const segments = assignedSegments(kept, plan.o.k, X.cols);
	// Summed in row order, so the inertia does not depend on how the rows were sharded.
	return kmeansResult(X.rows, plan, kept, { ...segments, inertia: withinSumOfSquares(X, segments.labels, segments.centroids) }, extra);
}

/** publishKMeans's result from segments already measured (a pool sums the inertia where the rows are). */
export function kmeansResult(rows: number, plan: KMeansPlan, kept: ShardedKMeansOutput, segments: Segments, extra: Record<string, number | string | boolean> = {}): ClusterResult {
	const { o, starts } = plan;
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
			rows,
			...extra
		}
	};
}

/** Shared checks of k-means style input (`what` names the algorithm in messages), and the matrix summary. */
export function checkKMeansInput(X: Matrix, k: number, what: string): MatrixSummary {
	checkKMeansShape(X, k, what);
	return summariseMatrix(X, what);
}

/** checkKMeansInput's checks of the shape alone (rows, features, k), for rows that are not at hand. */
export function checkKMeansShape(X: Pick<Matrix, 'rows' | 'cols'>, k: number, what: string): void {
	if (X.rows === 0) throw new Error(`${what} needs at least one row`);
	if (X.cols === 0) throw new Error(`${what} needs at least one feature column`);
	assertInteger('k', k, 1);
	if (k > X.rows) throw new Error(`k = ${k} but there ${X.rows === 1 ? 'is only 1 row' : `are only ${X.rows} rows`}; choose k <= ${X.rows}`);
}

/** Throws on options kmeans() cannot run with (init is checked against k and d by checkInit). */
export function checkKMeansOptions(o: Pick<typeof kmeansDefaults, 'restarts' | 'maxStarts' | 'workBudget' | 'maxIterations' | 'tolerance'>): void {
	assertInteger('restarts', o.restarts, 1);
	assertInteger('maxStarts', o.maxStarts, 1);
	if (!(o.workBudget >= 0)) throw new Error(`workBudget must be >= 0 (got ${o.workBudget})`);
	assertInteger('maxIterations', o.maxIterations, 1);
	if (!(o.tolerance >= 0)) throw new Error(`tolerance must be >= 0 (got ${o.tolerance})`);
}

export function checkInit(init: Float64Array, k: number, d: number): void {
	if (init.length !== k * d) throw new Error(`init has ${init.length} values, expected k x d = ${k} x ${d}`);
	for (let p = 0; p < init.length; p++) {
		if (!Number.isFinite(init[p])) throw new Error(`init centre ${Math.floor(p / d)} is not finite`);
	}
}
