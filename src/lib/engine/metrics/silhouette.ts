// Mean silhouette coefficient as scikit-learn's silhouette_score (Euclidean): for each row,
// (b - a) / max(a, b) with a = mean distance to the rest of its cluster and b = the lowest mean
// distance to another cluster; rows alone in their cluster score 0. Exact (O(n^2) time, O(n k)
// memory) up to `sampleSize` rows, above that on a seeded uniform sample of rows, and it says so.
// Rows labelled -1 (noise) are left out before sampling.
import { denseLabels } from '../cluster/denseLabels';
import { assertFiniteMatrix, assertInteger, assertLabels } from '../cluster/validate';
import { takeMatrixRows, type Matrix } from '../matrix';
import { createRandom, sampleIndices } from '../random';
import { checkClusterCount } from './calinskiHarabasz';

/** Options of silhouette(). */
export interface SilhouetteOptions {
	/** Largest number of rows scored exactly; above it a seeded sample of this size; default 10,000. */
	sampleSize?: number;
	/** Seed of the sample; default 42. */
	seed?: number;
}

export interface SilhouetteResult {
	score: number;
	/** True when the score comes from a sample of the rows. */
	sampled: boolean;
	/** Rows the score was computed on (noise excluded). */
	size: number;
	seed: number;
}

const defaults = { sampleSize: 10_000, seed: 42 };

/** Throws unless the (sampled) rows hold 2 <= clusters <= rows - 1. */
export function silhouette(X: Matrix, labels: ArrayLike<number>, options: SilhouetteOptions = {}): SilhouetteResult {
	const o = { ...defaults, ...options };
	assertLabels(X, labels);
	assertInteger('sampleSize', o.sampleSize, 2);
	assertFiniteMatrix(X, 'silhouette');
	const kept: number[] = [];
	for (let i = 0; i < labels.length; i++) if (labels[i] >= 0) kept.push(i);
	const sampled = kept.length > o.sampleSize;
	const rows = sampled ? Array.from(sampleIndices(kept.length, o.sampleSize, createRandom(o.seed)), (p) => kept[p]) : kept;
	const subset = rows.length === X.rows ? X : takeMatrixRows(X, rows);
	const subsetLabels = rows.length === X.rows ? labels : rows.map((i) => labels[i]);
	return { score: silhouetteExact(subset, subsetLabels), sampled, size: rows.length, seed: o.seed };
}

/** The exact mean silhouette of all rows of X (no noise expected; use silhouette() for that). */
export function silhouetteExact(X: Matrix, labels: ArrayLike<number>): number {
	const dense = denseLabels(labels);
	checkClusterCount(dense.k, dense.size, 'silhouette');
	const totals = distanceTotals(X, dense.ids, dense.k);
	const { ids, k, counts } = dense;
	let sum = 0;
	for (let i = 0; i < ids.length; i++) {
		const own = ids[i];
		if (counts[own] < 2) continue;
		const a = totals[i * k + own] / (counts[own] - 1);
		let b = Infinity;
		for (let c = 0; c < k; c++) {
			if (c === own) continue;
			const mean = totals[i * k + c] / counts[c];
			if (mean < b) b = mean;
		}
		const denominator = a > b ? a : b;
		sum += denominator > 0 ? (b - a) / denominator : 0;
	}
	return sum / ids.length;
}

/** totals[i * k + c] = sum of Euclidean distances from row i to the rows of cluster c; each pair once. */
function distanceTotals(X: Matrix, ids: Int32Array, k: number): Float64Array {
	const { rows: n, cols: d, data } = X;
	const totals = new Float64Array(n * k);
	for (let i = 0; i < n; i++) {
		const bi = i * d;
		const li = ids[i];
		let own = 0;
		for (let j = i + 1; j < n; j++) {
			const bj = j * d;
			let s = 0;
			for (let t = 0; t < d; t++) {
				const u = data[bi + t] - data[bj + t];
				s += u * u;
			}
			const dist = Math.sqrt(s);
			totals[j * k + li] += dist;
			const lj = ids[j];
			if (lj === li) own += dist;
			else totals[i * k + lj] += dist;
		}
		totals[i * k + li] += own;
	}
	return totals;
}
