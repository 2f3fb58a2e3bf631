// Ward linkage by the nearest-neighbour-chain algorithm on a condensed distance matrix with
// Lance-Williams updates, step for step as scipy's linkage(X, 'ward'): the same merge order, heights
// and cluster ids. O(n^2) time and n(n-1)/2 Float64 of memory, hence HIERARCHICAL_MAX_ROWS.
import type { Matrix } from '../matrix';
import { checkStop, type LongTaskOptions } from '../progress';
import type { MergeTree } from './types';

/** Largest row count hierarchical() accepts: 5,000 rows need 100 MB for the distance matrix. */
export const HIERARCHICAL_MAX_ROWS = 5_000;

/** Index of pair (i, j), i < j, in scipy's condensed (row-major upper triangle) layout. */
function condensed(n: number, i: number, j: number): number {
	return n * i - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Options of wardLinkage(). */
export interface WardOptions extends LongTaskOptions {
	/**
	 * Rows each row of X stands for (all > 0), e.g. segment sizes when X holds segment centres: a
	 * row of weight w merges as w identical rows would. Default 1 each (scipy's linkage).
	 */
	weights?: ArrayLike<number>;
}

/** The full merge tree of the rows of X (at least 2), in scipy's linkage convention; `sizes` count rows of X, not weights. */
export function wardLinkage(X: Matrix, options: WardOptions = {}): MergeTree {
	const { rows: n, cols: d, data } = X;
	if (n < 2) throw new Error(`Ward linkage needs at least 2 rows (got ${n})`);
	const w = options.weights;
	if (w && (w.length !== n || Array.from(w).some((v) => !(v > 0)))) throw new Error(`Ward weights must be ${n} positive numbers, one per row`);
	const D = new Float64Array((n * (n - 1)) / 2);
	for (let i = 0, p = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++, p++) {
			let s = 0;
			for (let t = 0; t < d; t++) {
				const u = data[i * d + t] - data[j * d + t];
				s += u * u;
			}
			// Ward distance of two groups of wi and wj rows: sqrt(2 wi wj / (wi + wj)) x centre distance (1 x it for single rows).
			D[p] = w ? Math.sqrt((2 * w[i] * w[j] * s) / (w[i] + w[j])) : Math.sqrt(s);
		}
	}
	const size = w ? Float64Array.from(w) : new Float64Array(n).fill(1);
	const chain = new Int32Array(n);
	const slots = new Int32Array(2 * (n - 1));
	const heights = new Float64Array(n - 1);
	let length = 0;
	for (let m = 0; m < n - 1; m++) {
		if (m % 256 === 0) {
			checkStop(options);
			options.onProgress?.(m / (n - 1), `merge ${m} of ${n - 1}`);
		}
		if (length === 0) {
			chain[0] = size.findIndex((s) => s > 0);
			length = 1;
		}
		const [found, best] = growChain(D, n, size, chain, length);
		length = found;
		let x = chain[length - 1];
		let y = chain[length - 2];
		length -= 2;
		if (x > y) [x, y] = [y, x];
		const nx = size[x];
		const ny = size[y];
		slots[2 * m] = x;
		slots[2 * m + 1] = y;
		heights[m] = best;
		size[x] = 0;
		size[y] = nx + ny;
		for (let i = 0; i < n; i++) {
			const ni = size[i];
			if (ni === 0 || i === y) continue;
			const xi = D[i < x ? condensed(n, i, x) : condensed(n, x, i)];
			const yiIndex = i < y ? condensed(n, i, y) : condensed(n, y, i);
			const t = 1 / (nx + ny + ni);
			D[yiIndex] = Math.sqrt((ni + nx) * t * xi * xi + (ni + ny) * t * D[yiIndex] * D[yiIndex] - ni * t * best * best);
		}
	}
	return relabel(slots, heights, n);
}

/**
 * Extend the chain of nearest neighbours until its last two clusters are each other's nearest
 * (preferring the previous element on ties, as scipy does, so the chain cannot cycle). Returns the
 * chain length and the distance between those two.
 */
function growChain(D: Float64Array, n: number, size: Float64Array, chain: Int32Array, length: number): [number, number] {
	for (;;) {
		const x = chain[length - 1];
		let y = length > 1 ? chain[length - 2] : -1;
		let best = length > 1 ? D[x < y ? condensed(n, x, y) : condensed(n, y, x)] : Infinity;
		for (let i = 0; i < n; i++) {
			if (size[i] === 0 || i === x) continue;
			const dist = D[x < i ? condensed(n, x, i) : condensed(n, i, x)];
			if (dist < best) {
				best = dist;
				y = i;
			}
		}
		if (length > 1 && y === chain[length - 2]) return [length, best];
		chain[length++] = y;
	}
}

/** scipy's final step: merges sorted by height (stable), slots turned into cluster ids by union-find. */
function relabel(slots: Int32Array, heights: Float64Array, n: number): MergeTree {
	const order = Array.from({ length: n - 1 }, (_, m) => m).sort((a, b) => heights[a] - heights[b] || a - b);
	const parent = Int32Array.from({ length: 2 * n - 1 }, (_, i) => i);
	const find = (i: number): number => {
		let root = i;
		while (parent[root] !== root) root = parent[root];
		while (parent[i] !== root) [i, parent[i]] = [parent[i], root];
		return root;
	};
	const merges = new Int32Array(2 * (n - 1));
	const sortedHeights = new Float64Array(n - 1);
	const sizes = new Int32Array(n - 1);
	const clusterSize = (id: number) => (id < n ? 1 : sizes[id - n]);
	order.forEach((m, row) => {
		const a = find(slots[2 * m]);
		const b = find(slots[2 * m + 1]);
		merges[2 * row] = Math.min(a, b);
		merges[2 * row + 1] = Math.max(a, b);
		sortedHeights[row] = heights[m];
		sizes[row] = clusterSize(a) + clusterSize(b);
		parent[a] = n + row;
		parent[b] = n + row;
	});
	return { merges, heights: sortedHeights, sizes };
}
