// Mini-batch k-means (Sculley 2010) as scikit-learn's MiniBatchKMeans without its random reassignment
// of nearly empty centres: k-means++ starts on a seeded sample of 3 x batchSize rows (the best of
// `restarts` by inertia on that sample), then steps on batches drawn with replacement where each
// centre moves to the running mean of every row it has been given; stopped when the smoothed batch
// inertia has not improved for `maxNoImprovement` steps or after maxIterations passes over the
// data. A final full pass assigns every row; centroids are the means of members, as elsewhere.
import { createMatrix, takeMatrixRows, type Matrix } from '../matrix';
import { checkStop, type LongTaskOptions } from '../progress';
import { createRandom, sampleIndices } from '../random';
import { finishSegments } from './finish';
import { checkKMeansInput } from './kmeans';
import { kmeansPlusPlus } from './kmeansPlusPlus';
import { lloydPartial } from './lloyd';
import { assignRows, padCentres, type PaddedCentres } from './nearest';
import type { ClusterResult } from './types';
import { assertInteger } from './validate';

/** Rows above which the UI offers mini-batch k-means instead of k-means. */
export const MINIBATCH_THRESHOLD = 200_000;

/** Options of miniBatchKMeans(); X holds prepared features, no NaN. */
export interface MiniBatchKMeansOptions extends LongTaskOptions {
	/** Number of segments. */
	k: number;
	/** Seed of the starts and the batches; default 42. */
	seed?: number;
	/** Rows per batch; default 1024 (scikit-learn's). */
	batchSize?: number;
	/** Cap on passes over the data (steps = passes x rows / batchSize); default 100. */
	maxIterations?: number;
	/** Stop after this many steps without a better smoothed batch inertia; default 10. */
	maxNoImprovement?: number;
	/** k-means++ starts on the initial sample; default 3 (scikit-learn's n_init). */
	restarts?: number;
}

const defaults = { seed: 42, batchSize: 1024, maxIterations: 100, maxNoImprovement: 10, restarts: 3 };

export function miniBatchKMeans(X: Matrix, options: MiniBatchKMeansOptions): ClusterResult {
	const o = { ...defaults, ...options };
	checkKMeansInput(X, o.k, 'mini-batch k-means');
	assertInteger('batchSize', o.batchSize, 1);
	assertInteger('maxIterations', o.maxIterations, 1);
	assertInteger('maxNoImprovement', o.maxNoImprovement, 1);
	assertInteger('restarts', o.restarts, 1);
	const { rows: n, cols: d } = X;
	const random = createRandom(o.seed);
	const centres = initialCentres(X, o.k, Math.min(n, 3 * o.batchSize), o.restarts, random);
	const totals = new Float64Array(o.k);
	const maxSteps = Math.max(1, Math.floor((o.maxIterations * n) / o.batchSize));
	const alpha = Math.min(1, (2 * o.batchSize) / (n + 1));
	const batch = new Int32Array(o.batchSize);
	const buffers = createBatchBuffers(o.batchSize, o.k, d);
	let smoothed = Infinity;
	let best = Infinity;
	let stale = 0;
	let steps = 0;
	while (steps < maxSteps && stale < o.maxNoImprovement) {
		if (steps % 64 === 0) {
			checkStop(o);
			o.onProgress?.(steps / maxSteps, `batch ${steps}`);
		}
		for (let b = 0; b < o.batchSize; b++) batch[b] = random.int(n);
		const inertia = batchStep(X, batch, centres, totals, buffers) / o.batchSize;
		smoothed = smoothed === Infinity ? inertia : smoothed * (1 - alpha) + inertia * alpha;
		if (smoothed < best) {
			best = smoothed;
			stale = 0;
		} else stale++;
		steps++;
	}
	checkStop(o);
	const final = lloydPartial(X, 0, n, centres, o.k);
	return {
		algorithm: 'minibatch-kmeans',
		...finishSegments(X, final.labels, o.k),
		iterations: steps,
		seed: o.seed,
		params: { batchSize: o.batchSize, restarts: o.restarts, maxIterations: o.maxIterations, converged: stale >= o.maxNoImprovement, features: d }
	};
}

/** Best of `restarts` k-means++ seedings of a seeded sample, by inertia on that sample. */
function initialCentres(X: Matrix, k: number, size: number, restarts: number, random: ReturnType<typeof createRandom>): Float64Array {
	const sample = takeMatrixRows(X, sampleIndices(X.rows, Math.max(size, k), random));
	let best: Float64Array | undefined;
	let bestInertia = Infinity;
	for (let r = 0; r < restarts; r++) {
		const centres = kmeansPlusPlus(sample, k, random).centres;
		const inertia = lloydPartial(sample, 0, sample.rows, centres, k).inertia;
		if (inertia < bestInertia) {
			bestInertia = inertia;
			best = centres;
		}
	}
	return best as Float64Array;
}

/** Buffers for one batch, allocated once per fit. */
interface BatchBuffers {
	rows: Matrix;
	labels: Int32Array;
	best: Float64Array;
	sums: Float64Array;
	counts: Int32Array;
	centres: PaddedCentres;
}

function createBatchBuffers(batchSize: number, k: number, d: number): BatchBuffers {
	const centres = padCentres(new Float64Array(k * d), k, d);
	return {
		rows: createMatrix(batchSize, d),
		labels: new Int32Array(batchSize),
		best: new Float64Array(batchSize),
		sums: new Float64Array(k * centres.stride),
		counts: new Int32Array(k),
		centres
	};
}

/** Assign the batch to the centres and move each centre to the running mean of its rows; returns the batch inertia. */
function batchStep(X: Matrix, batch: Int32Array, centres: Float64Array, totals: Float64Array, b: BatchBuffers): number {
	const { cols: d, data } = X;
	const { rows, labels, best, sums, counts } = b;
	const out = rows.data;
	for (let r = 0, o = 0; r < batch.length; r++) for (let t = 0, p = batch[r] * d; t < d; t++) out[o++] = data[p + t];
	const k = counts.length;
	const C = padCentres(centres, k, d, b.centres);
	sums.fill(0);
	counts.fill(0);
	assignRows(rows.data, 0, rows.rows, C, { labels, best, sums, counts });
	let inertia = 0;
	for (let r = 0; r < batch.length; r++) inertia += best[r];
	for (let c = 0; c < k; c++) {
		if (counts[c] === 0) continue;
		const total = totals[c] + counts[c];
		for (let t = 0; t < d; t++) centres[c * d + t] = (centres[c * d + t] * totals[c] + sums[c * C.stride + t]) / total;
		totals[c] = total;
	}
	return inertia;
}
