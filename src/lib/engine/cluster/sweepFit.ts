// The k-means fit behind one k of a sweep, with its cost bounded as k grows. Up to FULL_STARTS_K the
// fit is kmeans() itself (every k-means++ start asked for), so a small sweep equals one fit per k.
// Past it, one start is warm: the previous k's centres plus one new centre drawn as k-means++ draws
// its next one (the best of 2 + ln k rows drawn by squared distance). From a good k - 1 solution that
// start lands near a good k solution in a few iterations; on six blobs (50,000 x 9) it matched or beat
// a fresh k-means++ start at k = 10..200 in a third of the time, and fresh starts cost k times more each,
// so past FULL_STARTS_K no fresh start is made (a k = 2..200 sweep would otherwise take ~10 minutes).
import type { Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';
import { createRandom, type Random } from '../random';
import { kmeans } from './kmeans';
import type { ClusterResult } from './types';

/** Largest k fitted with every asked-for start; also the k whose work later k are held to. */
export const FULL_STARTS_K = 10;

export interface SweepFitOptions extends LongTaskOptions {
	k: number;
	seed: number;
	/** k-means++ starts asked for per k. */
	restarts: number;
	/** The fit of k - 1 on the same rows, for the warm start (ignored up to FULL_STARTS_K). */
	previous?: ClusterResult;
}

/** Fresh k-means++ starts and whether a warm start joins them, for k. */
export function sweepStarts(k: number, restarts: number, hasPrevious: boolean): { fresh: number; warm: boolean } {
	if (k <= FULL_STARTS_K || !hasPrevious) return { fresh: restarts, warm: false };
	return { fresh: 0, warm: true };
}

/** The best of the planned starts for k; params.starts counts them all and params.warmStart says whether the warm one won. */
export function sweepFit(X: Matrix, options: SweepFitOptions): ClusterResult {
	const { k, seed, restarts, previous, shouldStop } = options;
	const plan = sweepStarts(k, restarts, previous !== undefined && previous.k === k - 1);
	if (!plan.warm) return kmeans(X, { k, seed, restarts, shouldStop });
	// workBudget 0: exactly the planned starts (kmeans() adds starts on small data otherwise).
	const fresh = plan.fresh > 0 ? kmeans(X, { k, seed, restarts: plan.fresh, workBudget: 0, shouldStop }) : undefined;
	const init = warmCentres(X, previous!, createRandom(seed + k));
	const warm = init ? kmeans(X, { k, seed, init, shouldStop }) : undefined;
	const best = !warm || (fresh && fresh.inertia <= warm.inertia * (1 + 1e-12)) ? fresh : warm;
	if (!best) return kmeans(X, { k, seed, restarts: 1, workBudget: 0, shouldStop });
	return { ...best, params: { ...best.params, restarts, starts: plan.fresh + (init ? 1 : 0), warmStart: best === warm } };
}

/**
 * The k - 1 centres of `previous` and one more: of 2 + ln k rows drawn with probability proportional
 * to their squared distance to their centre, the one that lowers that total most. Null when every row
 * sits on a centre (no k-th distinct row to add).
 */
export function warmCentres(X: Matrix, previous: ClusterResult, random: Random): Float64Array | null {
	const { rows: n, cols: d, data } = X;
	const centres = previous.centroids;
	const closest = new Float64Array(n);
	let pot = 0;
	for (let i = 0; i < n; i++) {
		const o = previous.labels[i] * d;
		let s = 0;
		for (let t = 0; t < d; t++) {
			const u = data[i * d + t] - centres[o + t];
			s += u * u;
		}
		closest[i] = s;
		pot += s;
	}
	if (!(pot > 0)) return null;
	const trials = 2 + Math.floor(Math.log(previous.k + 1));
	let best = -1;
	let bestPot = Infinity;
	for (let t = 0; t < trials; t++) {
		const row = drawRow(closest, random.next() * pot);
		const candidatePot = potentialWith(data, d, closest, row);
		if (candidatePot < bestPot) [best, bestPot] = [row, candidatePot];
	}
	const out = new Float64Array(centres.length + d);
	out.set(centres);
	out.set(data.subarray(best * d, best * d + d), centres.length);
	return out;
}

/** The first row whose running total of weights passes `target`. */
function drawRow(weights: Float64Array, target: number): number {
	let sum = 0;
	for (let i = 0; i < weights.length; i++) {
		sum += weights[i];
		if (sum > target && weights[i] > 0) return i;
	}
	for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
	return 0;
}

/** Summed squared distance to the nearest centre once row `c` is a centre too. */
function potentialWith(data: Float64Array, d: number, closest: Float64Array, c: number): number {
	let pot = 0;
	for (let i = 0; i < closest.length; i++) {
		let s = 0;
		for (let t = 0; t < d; t++) {
			const u = data[i * d + t] - data[c * d + t];
			s += u * u;
		}
		pot += s < closest[i] ? s : closest[i];
	}
	return pot;
}
