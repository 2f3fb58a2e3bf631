// The plain TypeScript oracle of the WebAssembly shard: every pass a full Lloyd assignment, every
// squared distance summed feature by feature from the first (the order the SIMD kernels keep per
// lane), ties to the lowest centre index, sums rebuilt in row order. Slow on purpose: no bounds,
// no padding, nothing to get wrong. The TypeScript shard (parallel/tsShard.ts) sums d <= 8 in pairs
// instead, which can differ in the last bit and so break an exact tie differently.
import type { KMeansShard, StepResult } from '../parallel/shard';

/** A shard that also shows the labels its last start/step left (for tests and debugging). */
export interface LabelledShard extends KMeansShard {
	labels(): Int32Array;
}

/** Squared distance between a[ai..ai+d) and b[bi..bi+d), summed from the first feature. */
export function squaredDistance(a: Float64Array, ai: number, b: Float64Array, bi: number, d: number): number {
	let s = 0;
	for (let t = 0; t < d; t++) {
		const u = a[ai + t] - b[bi + t];
		s += u * u;
	}
	return s;
}

/** Index of the nearest of k centres to row i (ties to the lowest index) and its squared distance. */
export function nearestCentre(X: Float64Array, i: number, d: number, centres: Float64Array, k: number): { index: number; distance: number } {
	let index = 0;
	let distance = Infinity;
	for (let c = 0; c < k; c++) {
		const s = squaredDistance(X, i * d, centres, c * d, d);
		if (s < distance) {
			distance = s;
			index = c;
		}
	}
	return { index, distance };
}

/** A shard with full passes only; labels() gives the labels of the last start/step. */
export function createOracleShard(X: Float64Array, rows: number, d: number): LabelledShard {
	const closest = new Float64Array(rows);
	let labels = new Int32Array(rows);
	let last = new Float64Array(0);
	let k = 0;

	function pass(centres: Float64Array): StepResult {
		const sums = new Float64Array(k * d);
		const counts = new Float64Array(k);
		let changed = 0;
		for (let i = 0; i < rows; i++) {
			const { index } = nearestCentre(X, i, d, centres, k);
			if (index !== labels[i]) changed++;
			labels[i] = index;
			counts[index]++;
			for (let t = 0; t < d; t++) sums[index * d + t] += X[i * d + t];
		}
		last = centres.slice();
		return { sums, counts, changed };
	}

	function update(centre: Float64Array, keep: boolean): number {
		let pot = 0;
		for (let i = 0; i < rows; i++) {
			const s = squaredDistance(X, i * d, centre, 0, d);
			closest[i] = keep && !(s < closest[i]) ? closest[i] : s;
			pot += closest[i];
		}
		return pot;
	}

	return {
		rows,
		d,
		seed: (centre) => update(centre, false),
		commit: (centre) => update(centre, true),
		trial(candidates, count) {
			const pots = new Float64Array(count);
			for (let i = 0; i < rows; i++) {
				for (let c = 0; c < count; c++) {
					const s = squaredDistance(X, i * d, candidates, c * d, d);
					pots[c] += s < closest[i] ? s : closest[i];
				}
			}
			return pots;
		},
		pick(target) {
			let sum = 0;
			for (let i = 0; i < rows; i++) {
				sum += closest[i];
				if (sum > target) return i;
			}
			let i = rows - 1;
			while (i > 0 && !(closest[i] > 0)) i--;
			return i;
		},
		row: (i) => X.slice(i * d, i * d + d),
		start(centres, count) {
			k = count;
			labels = new Int32Array(rows).fill(-1);
			return pass(centres);
		},
		step: (centres) => pass(centres),
		finish(centres) {
			const count = centres.length / d;
			const out = new Int32Array(rows);
			let inertia = 0;
			for (let i = 0; i < rows; i++) {
				const { index, distance } = nearestCentre(X, i, d, centres, count);
				out[i] = index;
				inertia += distance;
			}
			return { labels: out, inertia };
		},
		farthest(count) {
			const m = Math.max(0, Math.min(count, rows));
			const order = Array.from({ length: rows }, (_, i) => i);
			const distance = Float64Array.from(order, (i) => squaredDistance(X, i * d, last, labels[i] * d, d));
			// A stable sort keeps ties in row order.
			const top = order.sort((a, b) => distance[b] - distance[a]).slice(0, m);
			const out = new Float64Array(m * d);
			top.forEach((i, r) => out.set(X.subarray(i * d, i * d + d), r * d));
			return { rows: out, distances: Float64Array.from(top, (i) => distance[i]) };
		},
		labels: () => labels.slice()
	};
}
