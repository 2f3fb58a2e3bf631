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

/**
 * totals[i * k + c] = sum of Euclidean distances from row i to the rows of cluster c; each pair is
 * computed once. Up to 8 features the rows are copied zero-padded to a stride of 8 so the inner
 * loop is unrolled (padded columns add exactly 0).
 */
function distanceTotals(X: Matrix, ids: Int32Array, k: number): Float64Array {
	const { rows: n, cols: d } = X;
	if (d > 8) return distanceTotalsAny(X, ids, k);
	const P = new Float64Array(n * 8);
	for (let i = 0; i < n; i++) P.set(X.data.subarray(i * d, i * d + d), i * 8);
	const totals = new Float64Array(n * k);
	for (let i = 0, bi = 0; i < n; i++, bi += 8) {
		const li = ids[i];
		const ti = i * k;
		const [x0, x1, x2, x3, x4, x5, x6, x7] = P.subarray(bi, bi + 8);
		for (let j = i + 1, bj = bi + 8; j < n; j++, bj += 8) {
			const t0 = x0 - P[bj];
			const t1 = x1 - P[bj + 1];
			const t2 = x2 - P[bj + 2];
			const t3 = x3 - P[bj + 3];
			const t4 = x4 - P[bj + 4];
			const t5 = x5 - P[bj + 5];
			const t6 = x6 - P[bj + 6];
			const t7 = x7 - P[bj + 7];
			const dist = Math.sqrt(t0 * t0 + t1 * t1 + (t2 * t2 + t3 * t3) + (t4 * t4 + t5 * t5 + (t6 * t6 + t7 * t7)));
			totals[j * k + li] += dist;
			totals[ti + ids[j]] += dist;
		}
	}
	return totals;
}

function distanceTotalsAny(X: Matrix, ids: Int32Array, k: number): Float64Array {
	const { rows: n, cols: d, data } = X;
	const totals = new Float64Array(n * k);
	for (let i = 0; i < n; i++) {
		const li = ids[i];
		for (let j = i + 1; j < n; j++) {
			let s = 0;
			for (let t = 0; t < d; t++) {
				const u = data[i * d + t] - data[j * d + t];
				s += u * u;
			}
			const dist = Math.sqrt(s);
			totals[j * k + li] += dist;
			totals[i * k + ids[j]] += dist;
		}
	}
	return totals;
}
