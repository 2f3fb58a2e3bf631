// Stability of k-means across resamples (in the spirit of Ben-Hur, Elisseeff & Guyon 2002 and
// Lange et al. 2004): for each of `pairs` pairs, two seeded subsamples of `fraction` of the rows are
// clustered independently; every row of X is then assigned to the nearest centre of each fit and the
// two labelings are compared with the adjusted Rand index. A k that matches real groups gives the
// same partition whatever the subsample (ARI near 1); too many or too few segments split or merge
// groups differently from one subsample to the next. The subsamples are shared by every k.
import { takeMatrixRows, type Matrix } from '../matrix';
import { adjustedRand } from '../metrics/adjustedRand';
import { checkStop, type LongTaskOptions } from '../progress';
import { createRandom, sampleIndices } from '../random';
import { kmeans } from './kmeans';
import { countDistinctRows } from './distinctRows';
import { assertInteger } from './validate';

/** Options of stability() and stabilitySteps(). */
export interface StabilityOptions extends LongTaskOptions {
	/** Smallest k (at least 2); default 2. */
	kmin?: number;
	/** Largest k (capped at the rows of a subsample); default 10. */
	kmax?: number;
	/** Pairs of subsamples compared per k; default 5. */
	pairs?: number;
	/** Share of the rows in each subsample; default 0.8. */
	fraction?: number;
	/** Seed of the subsamples and of k-means; default 42. */
	seed?: number;
	/** k-means++ starts per fit; default 3. */
	restarts?: number;
	/** Lloyd iterations per start; default 100. */
	maxIterations?: number;
}

export interface StabilityResult {
	k: number[];
	/** Mean adjusted Rand index between the pairs' partitions, per k. */
	stability: number[];
	/** The k stability alone would choose (see stabilityPick). */
	pick: number;
	pairs: number;
	fraction: number;
}

const defaults = { kmin: 2, kmax: 10, pairs: 5, fraction: 0.8, seed: 42, restarts: 3, maxIterations: 100 };

/** A k within this of the most stable one counts as just as stable (resampling noise). */
export const STABILITY_TOLERANCE = 0.02;

/** Yields each k as it is done and returns the result. */
export function* stabilitySteps(X: Matrix, options: StabilityOptions = {}): Generator<number, StabilityResult, void> {
	const o = { ...defaults, ...options };
	assertInteger('kmin', o.kmin, 2);
	assertInteger('pairs', o.pairs, 1);
	if (!(o.fraction > 0 && o.fraction <= 1)) throw new Error(`fraction must be in (0, 1] (got ${o.fraction})`);
	const size = Math.max(2, Math.round(o.fraction * X.rows));
	const kmax = Math.min(o.kmax, size);
	const random = createRandom(o.seed);
	const subsamples = Array.from({ length: 2 * o.pairs }, () => takeMatrixRows(X, sampleIndices(X.rows, size, random)));
	const ks: number[] = [];
	const stability: number[] = [];
	// A subsample with fewer distinct rows than k cannot be split further: the curve ends there.
	const distinctRows = Math.min(...subsamples.map((M) => countDistinctRows(M, kmax)));
	for (let k = o.kmin; k <= Math.min(kmax, distinctRows); k++) {
		checkStop(o);
		let total = 0;
		for (let p = 0; p < o.pairs; p++) {
			const fitA = kmeans(subsamples[2 * p], { k, seed: o.seed + 2 * p, restarts: o.restarts, workBudget: 0, maxIterations: o.maxIterations });
			const fitB = kmeans(subsamples[2 * p + 1], { k, seed: o.seed + 2 * p + 1, restarts: o.restarts, workBudget: 0, maxIterations: o.maxIterations });
			total += adjustedRand(nearestCentre(X, fitA.centroids, k), nearestCentre(X, fitB.centroids, k));
		}
		ks.push(k);
		stability.push(total / o.pairs);
		yield k;
	}
	return { k: ks, stability, pick: stabilityPick(ks, stability), pairs: o.pairs, fraction: o.fraction };
}

/** The whole stability curve. */
export function stability(X: Matrix, options: StabilityOptions = {}): StabilityResult {
	const steps = stabilitySteps(X, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The largest k whose stability is within STABILITY_TOLERANCE of the best: stability falls with k
 * even for real groups (more boundaries to disagree on), and k = 2 is often trivially stable, so
 * among equally stable k the finer partition is the one the data supports.
 */
export function stabilityPick(ks: readonly number[], values: readonly number[]): number {
	const best = Math.max(...values);
	let pick = ks[0];
	for (let i = 0; i < ks.length; i++) if (values[i] >= best - STABILITY_TOLERANCE) pick = ks[i];
	return pick;
}

/** Each row's nearest centre (centres: k x d row-major). */
function nearestCentre(X: Matrix, centres: Float64Array, k: number): Int32Array {
	const { rows: n, cols: d, data } = X;
	const labels = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		let best = Infinity;
		for (let c = 0; c < k; c++) {
			let s = 0;
			for (let t = 0; t < d; t++) {
				const u = data[i * d + t] - centres[c * d + t];
				s += u * u;
			}
			if (s < best) {
				best = s;
				labels[i] = c;
			}
		}
	}
	return labels;
}
