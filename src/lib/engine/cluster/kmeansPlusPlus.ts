// Greedy k-means++ seeding as scikit-learn does it: the first centre is a uniformly drawn row; each
// next centre is the best of 2 + floor(ln k) candidates drawn with probability proportional to the
// squared distance to the nearest centre so far, "best" meaning the lowest resulting potential.
import type { Matrix } from '../matrix';
import type { Random } from '../random';

/** Rows chosen as initial centres and the centres themselves (k x d, row-major). */
export interface Seeding {
	rows: Int32Array;
	centres: Float64Array;
}

/** Three row-length buffers a caller seeding many times can hand every call. */
export type SeedingWorkspace = [Float64Array, Float64Array, Float64Array];

export function createSeedingWorkspace(n: number): SeedingWorkspace {
	return [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
}

/**
 * k initial centres drawn with `random`. Throws when fewer than k distinct rows exist (every row
 * already coincides with a chosen centre), since k segments cannot then be told apart.
 */
export function kmeansPlusPlus(X: Matrix, k: number, random: Random, workspace = createSeedingWorkspace(X.rows)): Seeding {
	const { rows: n, cols: d, data } = X;
	const trials = 2 + Math.floor(Math.log(k));
	const rows = new Int32Array(k);
	rows[0] = random.int(n);
	let [closest, best, work] = workspace;
	closest.fill(Infinity);
	let pot = closestUpdate(X, rows[0], closest, closest);
	const draws = new Float64Array(trials);
	for (let c = 1; c < k; c++) {
		if (!(pot > 0)) {
			throw new Error(`k = ${k} but the data has only ${c} distinct ${c === 1 ? 'row' : 'rows'}; choose k <= ${c}`);
		}
		for (let t = 0; t < trials; t++) draws[t] = random.next() * pot;
		const candidates = drawRows(closest, draws);
		let bestPot = Infinity;
		for (let t = 0; t < trials; t++) {
			const candidatePot = closestUpdate(X, candidates[t], closest, work);
			if (candidatePot < bestPot) {
				bestPot = candidatePot;
				rows[c] = candidates[t];
				[best, work] = [work, best];
			}
		}
		[closest, best] = [best, closest];
		pot = bestPot;
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

/** out[i] = min(closest[i], squared distance from row i to row p); returns the sum of out. */
function closestUpdate(X: Matrix, p: number, closest: Float64Array, out: Float64Array): number {
	const { rows: n, cols: d, data } = X;
	const point = data.slice(p * d, p * d + d);
	let pot = 0;
	if (d === 8) return closestUpdate8(data, n, point, closest, out);
	for (let i = 0; i < n; i++) {
		let s = 0;
		for (let t = 0, b = i * d; t < d; t++) {
			const u = data[b + t] - point[t];
			s += u * u;
		}
		const v = s < closest[i] ? s : closest[i];
		out[i] = v;
		pot += v;
	}
	return pot;
}

function closestUpdate8(data: Float64Array, n: number, p: Float64Array, closest: Float64Array, out: Float64Array): number {
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
		const s = t0 * t0 + t1 * t1 + (t2 * t2 + t3 * t3) + (t4 * t4 + t5 * t5 + (t6 * t6 + t7 * t7));
		const v = s < closest[i] ? s : closest[i];
		out[i] = v;
		pot += v;
	}
	return pot;
}
