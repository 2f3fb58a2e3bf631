// An eps for DBSCAN from the sorted k-distance curve (k = minPoints, the row itself counted as in
// DBSCAN's core test): the distance at the knee of that increasing convex curve, found by Kneedle.
// Above `sampleSize` rows the curve is drawn for a seeded sample of rows (neighbours still searched
// among all rows). Kneedle runs on 100 evenly spaced quantiles of the curve: on thousands of raw
// points its threshold (1 / points) fires at the first wiggle of the outlier tail and merges
// clusters; when it finds no knee, the maximum of its difference curve is taken.
import { createBruteForceIndex } from '../classify/bruteForce';
import { createKdTreeIndex } from '../classify/kdTree';
import { takeMatrixRows, type Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';
import { createRandom, sampleIndices } from '../random';
import { differenceCurve, kneedleIndex } from './kneedle';
import { assertFiniteMatrix, assertInteger } from './validate';

/** Options of suggestEps(). */
export interface SuggestEpsOptions extends LongTaskOptions {
	/** Rows whose k-distance is drawn; above it a seeded sample of this size; default 10,000. */
	sampleSize?: number;
	/** Seed of the sample; default 42. */
	seed?: number;
}

export interface EpsSuggestion {
	eps: number;
	/** Distance from each (sampled) row to its minPoints-th nearest row, itself included; sorted ascending. */
	kDistances: Float64Array;
	/** Position of eps in kDistances. */
	kneeIndex: number;
	sampled: boolean;
}

const defaults = { sampleSize: 10_000, seed: 42 };

/** Throws when minPoints exceeds the number of rows or X holds NaN/Infinity. */
export function suggestEps(X: Matrix, minPoints: number, options: SuggestEpsOptions = {}): EpsSuggestion {
	const o = { ...defaults, ...options };
	assertInteger('minPoints', minPoints, 1);
	if (minPoints > X.rows) throw new Error(`minPoints = ${minPoints} but there are only ${X.rows} rows`);
	assertFiniteMatrix(X, 'suggestEps');
	const sampled = X.rows > o.sampleSize;
	const queries = sampled ? takeMatrixRows(X, sampleIndices(X.rows, o.sampleSize, createRandom(o.seed))) : X;
	const index = X.cols <= 12 ? createKdTreeIndex(X) : createBruteForceIndex(X);
	const found = index.search(queries, minPoints, o);
	const kDistances = new Float64Array(queries.rows);
	for (let q = 0; q < queries.rows; q++) kDistances[q] = Math.sqrt(found.squaredDistances[q * minPoints + minPoints - 1]);
	kDistances.sort();
	const kneeIndex = strongestKnee(kDistances);
	return { eps: kDistances[kneeIndex], kDistances, kneeIndex, sampled };
}

const quantiles = 100;

/** Index into the sorted curve of Kneedle's knee on its quantiles (see the file comment). */
function strongestKnee(sorted: Float64Array): number {
	const n = sorted.length;
	const m = Math.min(quantiles, n);
	const at = Int32Array.from({ length: m }, (_, j) => (m > 1 ? Math.round((j * (n - 1)) / (m - 1)) : 0));
	const xs = Float64Array.from(at, (_, j) => j);
	const ys = Float64Array.from(at, (i) => sorted[i]);
	const options = { curve: 'convex', direction: 'increasing' } as const;
	const knee = kneedleIndex(xs, ys, options);
	if (knee !== null) return at[knee];
	const difference = differenceCurve(xs, ys, options);
	if (!difference) return n - 1;
	let best = 0;
	for (let j = 1; j < m; j++) if (difference[j] > difference[best]) best = j;
	// The difference curve of an increasing convex curve runs backwards: map the index back.
	return at[m - 1 - best];
}
