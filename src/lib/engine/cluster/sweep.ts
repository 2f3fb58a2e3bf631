// k-means for each k in a range with inertia and the three cluster metrics, then a recommended k.
// The silhouette is computed on one seeded sample of rows shared by every k (exact when the data
// has at most silhouetteSampleSize rows); Davies-Bouldin and Calinski-Harabasz use every row.
import { takeMatrixRows, type Matrix } from '../matrix';
import { calinskiHarabasz } from '../metrics/calinskiHarabasz';
import { daviesBouldin } from '../metrics/daviesBouldin';
import { silhouetteExact } from '../metrics/silhouette';
import { checkStop, type LongTaskOptions } from '../progress';
import { createRandom, sampleIndices } from '../random';
import { kmeans } from './kmeans';
import { recommendK } from './recommend';
import { assertInteger } from './validate';

/** Options of sweep() and sweepSteps(). */
export interface SweepOptions extends LongTaskOptions {
	/** Smallest k; default 1. */
	kmin?: number;
	/** Largest k (capped at the number of rows); default 10. */
	kmax?: number;
	/** Seed of k-means and of the silhouette sample; default 42. */
	seed?: number;
	/** k-means++ starts per k (as kmeans()); default 10. */
	restarts?: number;
	/** Rows scored exactly by the silhouette; above it a seeded sample of this size; default 10,000. */
	silhouetteSampleSize?: number;
	/** Called with each row as soon as it is computed. */
	onRow?: (row: SweepRow) => void;
}

/** One k of a sweep; metrics are undefined at k = 1. */
export interface SweepRow {
	k: number;
	inertia: number;
	silhouette?: number;
	daviesBouldin?: number;
	calinskiHarabasz?: number;
	/** Segment sizes, descending. */
	sizes: number[];
	/** Time for this k (k-means and metrics). */
	seconds: number;
	/** Iterations of the kept k-means start. */
	iterations: number;
}

export interface SweepResult {
	rows: SweepRow[];
	recommendedK: number;
	reason: string;
	silhouetteSample: { sampled: boolean; size: number; seed: number };
}

const defaults = { kmin: 1, kmax: 10, seed: 42, restarts: 10, silhouetteSampleSize: 10_000 };

/** Yields one row per k (so a worker can report and stop between k) and returns the whole result. */
export function* sweepSteps(X: Matrix, options: SweepOptions = {}): Generator<SweepRow, SweepResult, void> {
	const o = { ...defaults, ...options };
	assertInteger('kmin', o.kmin, 1);
	assertInteger('kmax', o.kmax, o.kmin);
	assertInteger('silhouetteSampleSize', o.silhouetteSampleSize, 2);
	const kmax = Math.min(o.kmax, X.rows);
	const sampled = X.rows > o.silhouetteSampleSize;
	const sampleRows = sampled ? sampleIndices(X.rows, o.silhouetteSampleSize, createRandom(o.seed)) : null;
	const sample = sampleRows ? takeMatrixRows(X, sampleRows) : X;
	const rows: SweepRow[] = [];
	for (let k = o.kmin; k <= kmax; k++) {
		const start = performance.now();
		const result = kmeans(X, { k, seed: o.seed, restarts: o.restarts, shouldStop: o.shouldStop });
		const row: SweepRow = { k, inertia: result.inertia, sizes: result.sizes, seconds: 0, iterations: result.iterations };
		if (result.k >= 2 && result.k < X.rows) {
			const labels = sampleRows ? Int32Array.from(sampleRows, (i) => result.labels[i]) : result.labels;
			if (segmentsIn(labels) >= 2) row.silhouette = silhouetteExact(sample, labels);
			row.daviesBouldin = daviesBouldin(X, result.labels);
			row.calinskiHarabasz = calinskiHarabasz(X, result.labels);
		}
		row.seconds = (performance.now() - start) / 1000;
		rows.push(row);
		yield row;
	}
	return { rows, ...recommendK(rows), silhouetteSample: { sampled, size: sample.rows, seed: o.seed } };
}

/** The whole sweep, with progress per k and cancellation between k. */
export function sweep(X: Matrix, options: SweepOptions = {}): SweepResult {
	const steps = sweepSteps(X, options);
	const kmin = options.kmin ?? defaults.kmin;
	const count = Math.min(options.kmax ?? defaults.kmax, X.rows) - kmin + 1;
	for (;;) {
		checkStop(options);
		const step = steps.next();
		if (step.done) return step.value;
		options.onRow?.(step.value);
		options.onProgress?.((step.value.k - kmin + 1) / count, `k = ${step.value.k} of ${kmin + count - 1}`);
	}
}

/** Distinct labels: a sample can hold a single segment even when the data holds several. */
function segmentsIn(labels: Int32Array): number {
	return new Set(labels).size;
}
