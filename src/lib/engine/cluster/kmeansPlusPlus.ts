// Greedy k-means++ seeding as scikit-learn does it: the first centre is a uniformly drawn row; each
// next centre is the best of 2 + floor(ln k) candidates drawn with probability proportional to the
// squared distance to the nearest centre so far, "best" meaning the lowest resulting potential.
import { takeMatrixRows, type Matrix } from '../matrix';
import type { Random } from '../random';
import { distancesToAll, padCentres, type PaddedCentres } from './nearest';

/** Rows chosen as initial centres and the centres themselves (k x d, row-major). */
export interface Seeding {
	rows: Int32Array;
	centres: Float64Array;
}

/**
 * k initial centres drawn with `random`. Throws when fewer than k distinct rows exist (every row
 * already coincides with a chosen centre), since k segments cannot then be told apart. `closest`
 * (one value per row) may be handed in by a caller seeding many times.
 */
export function kmeansPlusPlus(X: Matrix, k: number, random: Random, closest = new Float64Array(X.rows)): Seeding {
	const { rows: n, cols: d, data } = X;
	const trials = 2 + Math.floor(Math.log(k));
	const rows = new Int32Array(k);
	rows[0] = random.int(n);
	closest.fill(Infinity);
	let pot = updateClosest(X, data.slice(rows[0] * d, rows[0] * d + d), closest);
	const draws = new Float64Array(trials);
	for (let c = 1; c < k; c++) {
		if (!(pot > 0)) {
			throw new Error(`k = ${k} but the data has only ${c} distinct ${c === 1 ? 'row' : 'rows'}; choose k <= ${c}`);
		}
		for (let t = 0; t < trials; t++) draws[t] = random.next() * pot;
		const candidates = drawRows(closest, draws);
		// One pass scores every candidate (a row is read once, not once per candidate); the first
		// with the lowest potential wins, then a second pass moves `closest` to it.
		const pots = candidatePotentials(X, takeMatrixRows(X, candidates).data, trials, closest);
		let chosen = 0;
		for (let t = 1; t < trials; t++) if (pots[t] < pots[chosen]) chosen = t;
		rows[c] = candidates[chosen];
		pot = updateClosest(X, data.slice(rows[c] * d, rows[c] * d + d), closest);
	}
	const centres = new Float64Array(k * d);
	for (let c = 0; c < k; c++) centres.set(data.subarray(rows[c] * d, rows[c] * d + d), c * d);
	return { rows, centres };
}

/**
 * For each draw v, the first row whose running sum of `weights` exceeds v (the last row if rounding
 * leaves v beyond the total: the last row of positive weight), found in one pass over the rows.
 */
export function drawRows(weights: Float64Array, draws: Float64Array): Int32Array {
	const m = draws.length;
	const order = Array.from({ length: m }, (_, t) => t).sort((a, b) => draws[a] - draws[b]);
	let last = weights.length - 1;
	while (last > 0 && !(weights[last] > 0)) last--;
	const out = new Int32Array(m).fill(last);
	let sum = 0;
	let next = 0;
	for (let i = 0; i < weights.length && next < m; i++) {
		sum += weights[i];
		while (next < m && sum > draws[order[next]]) out[order[next++]] = i;
	}
	return out;
}

/**
 * For each of the m candidate centres (m x d, row-major), the sum over rows of min(closest, squared
 * distance to it); one pass over X. Exported for the sharded seeding (engine/parallel).
 */
export function candidatePotentials(X: Matrix, candidates: Float64Array, m: number, closest: Float64Array): Float64Array {
	const { rows: n, cols: d, data } = X;
	const C = padCentres(candidates, m, d);
	if (d === 8) return candidatePotentials8(data, n, C, closest);
	const pots = new Float64Array(m);
	const distances = new Float64Array(m);
	for (let i = 0; i < n; i++) {
		distancesToAll(data, i, C, distances);
		const limit = closest[i];
		for (let t = 0; t < m; t++) pots[t] += distances[t] < limit ? distances[t] : limit;
	}
	return pots;
}

function candidatePotentials8(data: Float64Array, n: number, C: PaddedCentres, closest: Float64Array): Float64Array {
	const { k: m, data: c } = C;
	const pots = new Float64Array(m);
	for (let i = 0, b = 0; i < n; i++, b += 8) {
		const x0 = data[b];
		const x1 = data[b + 1];
		const x2 = data[b + 2];
		const x3 = data[b + 3];
		const x4 = data[b + 4];
		const x5 = data[b + 5];
		const x6 = data[b + 6];
		const x7 = data[b + 7];
		const limit = closest[i];
		for (let t = 0, o = 0; t < m; t++, o += 8) {
			const t0 = x0 - c[o];
			const t1 = x1 - c[o + 1];
			const t2 = x2 - c[o + 2];
			const t3 = x3 - c[o + 3];
			const t4 = x4 - c[o + 4];
			const t5 = x5 - c[o + 5];
			const t6 = x6 - c[o + 6];
			const t7 = x7 - c[o + 7];
			const s = t0 * t0 + t1 * t1 + t2 * t2 + t3 * t3 + t4 * t4 + t5 * t5 + t6 * t6 + t7 * t7;
			pots[t] += s < limit ? s : limit;
		}
	}
	return pots;
}

/** closest[i] = min(closest[i], squared distance from row i to `point`), in place; returns the new sum. */
export function updateClosest(X: Matrix, point: Float64Array, closest: Float64Array): number {
	const { rows: n, cols: d, data } = X;
	if (d === 8) return updateClosest8(data, n, point, closest);
	const C = padCentres(point, 1, d);
	const distance = new Float64Array(1);
	let pot = 0;
	for (let i = 0; i < n; i++) {
		distancesToAll(data, i, C, distance);
		const v = distance[0] < closest[i] ? distance[0] : closest[i];
		closest[i] = v;
		pot += v;
	}
	return pot;
}

function updateClosest8(data: Float64Array, n: number, p: Float64Array, closest: Float64Array): number {
	const [p0, p1, p2, p3, p4, p5, p6, p7] = p;
	let pot = 0;
	for (let i = 0, b = 0; i < n; i++, b += 8) {
		const t0 = data[b] - p0;
		const t1 = data[b + 1] - p1;
		const t2 = data[b + 2] - p2;
		const t3 = data[b + 3] - p3;
		const t4 = data[b + 4] - p4;
		const t5 = data[b + 5] - p5;
		const t6 = data[b + 6] - p6;
		const t7 = data[b + 7] - p7;
		const s = t0 * t0 + t1 * t1 + t2 * t2 + t3 * t3 + t4 * t4 + t5 * t5 + t6 * t6 + t7 * t7;
		const v = s < closest[i] ? s : closest[i];
		closest[i] = v;
		pot += v;
	}
	return pot;
}
