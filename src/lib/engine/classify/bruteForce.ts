// Exact k-nearest-neighbour search by scanning every training row, for higher dimensions where a
// kd-tree prunes too little. Queries and training rows are processed in blocks so a block of
// training rows stays in cache while a block of queries runs over it.
import { createMatrix, type Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';
import { NeighbourHeap } from './neighbourHeap';
import { emptyResult, reportQueries, storeNeighbours, type NeighbourIndex, type NeighbourResult } from './neighbourIndex';

const queryBlock = 32;
const trainingBlock = 1024;

export function createBruteForceIndex(X: Matrix): NeighbourIndex {
	const points = createMatrix(X.rows, X.cols, X.data.slice());
	return {
		method: 'brute',
		search: (queries, count, options) => bruteForceSearch(points, queries, count, options)
	};
}

/** The scan itself over `points` as they are (no copy): a pool shard searches the rows it holds. */
export function bruteForceSearch(points: Matrix, queries: Matrix, count: number, options?: LongTaskOptions): NeighbourResult {
	const { rows: n, cols: d, data } = points;
	const result = emptyResult(queries.rows, count);
	const heaps = Array.from({ length: queryBlock }, () => new NeighbourHeap(count));
	const qd = queries.data;
	for (let q0 = 0; q0 < queries.rows; q0 += queryBlock) {
		if (q0 % 512 === 0) reportQueries(q0, queries.rows, options);
		const q1 = Math.min(q0 + queryBlock, queries.rows);
		for (const heap of heaps) heap.reset();
		for (let t0 = 0; t0 < n; t0 += trainingBlock) {
			const t1 = Math.min(t0 + trainingBlock, n);
			for (let q = q0; q < q1; q++) scan(data, d, t0, t1, qd, q * d, heaps[q - q0]);
		}
		for (let q = q0; q < q1; q++) storeNeighbours(heaps[q - q0], result, q);
	}
	reportQueries(queries.rows, queries.rows, options);
	return result;
}

function scan(
	points: Float64Array,
	d: number,
	t0: number,
	t1: number,
	qd: Float64Array,
	qo: number,
	heap: NeighbourHeap
): void {
	let worst = heap.worst;
	for (let t = t0; t < t1; t++) {
		const base = t * d;
		let s = 0;
		let j = 0;
		// Checking the partial sum every 4 features keeps most of the early exit at a quarter of the branches.
		while (j < d) {
			const stop = Math.min(j + 4, d);
			for (; j < stop; j++) {
				const diff = qd[qo + j] - points[base + j];
				s += diff * diff;
			}
			if (s > worst) break;
		}
		if (s <= worst) {
			heap.push(s, t);
			worst = heap.worst;
		}
	}
}
