// Mean silhouette coefficient as scikit-learn's silhouette_score (Euclidean): for each row,
// (b - a) / max(a, b) with a = mean distance to the rest of its cluster and b = the lowest mean
// distance to another cluster; rows alone in their cluster score 0. Exact (O(n^2) time, O(n k)
// memory) up to `sampleSize` rows, above that on a seeded uniform sample of rows, and it says so.
// Rows labelled -1 (noise) are left out before sampling.
import { denseLabels } from '../cluster/denseLabels';
import { assertFiniteMatrix, assertInteger, assertLabels } from '../cluster/validate';
import { createMatrix, takeMatrixRows, type Matrix } from '../matrix';
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
	return silhouetteFromTotals(silhouetteTotals(X, dense.ids, dense.k), dense.ids, dense.counts);
}

/**
 * The mean silhouette from totals[i * k + c] = sum of distances from row i to the rows of cluster c
 * (ids: 0..k-1 per row; counts: rows per cluster). Rows alone in their cluster score 0.
 */
export function silhouetteFromTotals(totals: Float64Array, ids: Int32Array, counts: Int32Array): number {
	const k = counts.length;
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
 * Row ranges [bounds[p], bounds[p + 1]) with about the same number of pairs (i, j > i) each, so
 * silhouetteTotals can be sharded across workers and the partial totals added.
 */
export function pairBalancedRanges(n: number, parts: number): number[] {
	const total = (n * (n - 1)) / 2;
	const bounds = [0];
	let r = 0;
	for (let p = 1; p < parts; p++) {
		const target = (total * p) / parts;
		while (r < n && r * n - (r * (r + 1)) / 2 < target) r++;
		bounds.push(r);
	}
	bounds.push(n);
	return bounds;
}

/**
 * Adds to `totals` (n x k) the distances of the pairs (i, j) with rowStart <= i < rowEnd and j > i,
 * to both rows' entries: the whole silhouette's work when the range is every row, a shard of it
 * otherwise. Up to 8 features the rows are copied zero-padded to a stride of 8 (padded columns add
 * exactly 0) and rows i, i + 1 go through the rows after them together, so each of those is loaded
 * once for both (1.5x faster).
 */
export function silhouetteTotals(
	X: Matrix,
	ids: Int32Array,
	k: number,
	rowStart = 0,
	rowEnd = X.rows,
	totals = new Float64Array(X.rows * k)
): Float64Array {
	const { rows: n, cols: d } = X;
	if (d > 8) {
		let i = rowStart;
		for (; i + 1 < rowEnd; i += 2) totalsPairAny(X, ids, k, i, totals);
		return i < rowEnd ? totalsAny(X, ids, k, i, i + 1, totals) : totals;
	}
	const P = new Float64Array(n * 8);
	for (let i = 0; i < n; i++) P.set(X.data.subarray(i * d, i * d + d), i * 8);
	let i = rowStart;
	for (; i + 1 < rowEnd; i += 2) totalsPair8(P, n, ids, k, i, totals);
	if (i < rowEnd) totalsAny(createMatrix(n, 8, P), ids, k, i, i + 1, totals);
	return totals;
}

function totalsPair8(P: Float64Array, n: number, ids: Int32Array, k: number, i: number, totals: Float64Array): void {
	const li = ids[i];
	const lk = ids[i + 1];
	const ti = i * k;
	const tk = ti + k;
	const [x0, x1, x2, x3, x4, x5, x6, x7, y0, y1, y2, y3, y4, y5, y6, y7] = P.subarray(i * 8, i * 8 + 16);
	const pair = distance8(x0 - y0, x1 - y1, x2 - y2, x3 - y3, x4 - y4, x5 - y5, x6 - y6, x7 - y7);
	totals[tk + li] += pair;
	totals[ti + lk] += pair;
	for (let j = i + 2, b = j * 8; j < n; j++, b += 8) {
		const z0 = P[b];
		const z1 = P[b + 1];
		const z2 = P[b + 2];
		const z3 = P[b + 3];
		const z4 = P[b + 4];
		const z5 = P[b + 5];
		const z6 = P[b + 6];
		const z7 = P[b + 7];
		const dx = distance8(x0 - z0, x1 - z1, x2 - z2, x3 - z3, x4 - z4, x5 - z5, x6 - z6, x7 - z7);
		const dy = distance8(y0 - z0, y1 - z1, y2 - z2, y3 - z3, y4 - z4, y5 - z5, y6 - z6, y7 - z7);
		const lj = ids[j];
		const tj = j * k;
		totals[tj + li] += dx;
		totals[tj + lk] += dy;
		totals[ti + lj] += dx;
		totals[tk + lj] += dy;
	}
}

function distance8(t0: number, t1: number, t2: number, t3: number, t4: number, t5: number, t6: number, t7: number): number {
	return Math.sqrt(t0 * t0 + t1 * t1 + (t2 * t2 + t3 * t3) + (t4 * t4 + t5 * t5 + (t6 * t6 + t7 * t7)));
}

/** Rows i and i + 1 against every later row, any d: each later row is read once for both (same sums as totalsAny). */
function totalsPairAny(X: Matrix, ids: Int32Array, k: number, i: number, totals: Float64Array): void {
	const { rows: n, cols: d, data } = X;
	const li = ids[i];
	const lk = ids[i + 1];
	const ti = i * k;
	const tk = ti + k;
	const bi = i * d;
	const bk = bi + d;
	let s = 0;
	for (let t = 0; t < d; t++) {
		const u = data[bi + t] - data[bk + t];
		s += u * u;
	}
	const pair = Math.sqrt(s);
	totals[tk + li] += pair;
	totals[ti + lk] += pair;
	for (let j = i + 2, b = j * d; j < n; j++, b += d) {
		let sx = 0;
		let sy = 0;
		for (let t = 0; t < d; t++) {
			const z = data[b + t];
			const u = data[bi + t] - z;
			const v = data[bk + t] - z;
			sx += u * u;
			sy += v * v;
		}
		const dx = Math.sqrt(sx);
		const dy = Math.sqrt(sy);
		const lj = ids[j];
		const tj = j * k;
		totals[tj + li] += dx;
		totals[tj + lk] += dy;
		totals[ti + lj] += dx;
		totals[tk + lj] += dy;
	}
}

function totalsAny(X: Matrix, ids: Int32Array, k: number, rowStart: number, rowEnd: number, totals: Float64Array): Float64Array {
	const { rows: n, cols: d, data } = X;
	for (let i = rowStart; i < rowEnd; i++) {
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
