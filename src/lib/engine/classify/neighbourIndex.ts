// What both nearest-neighbour search structures (kd-tree, brute force) offer knn.ts.
import type { Matrix } from '../matrix';
import { checkStop, type LongTaskOptions } from '../progress';
import type { NeighbourHeap } from './neighbourHeap';

/** The `count` nearest training rows of each query, row-major (query i at i * count), nearest first. */
export interface NeighbourResult {
	count: number;
	indices: Int32Array;
	squaredDistances: Float64Array;
}

export interface NeighbourIndex {
	readonly method: 'kdtree' | 'brute';
	search(queries: Matrix, count: number, options?: LongTaskOptions): NeighbourResult;
}

/** Copy a filled heap into row `q` of a result (nearest first, ties by training index). */
export function storeNeighbours(heap: NeighbourHeap, result: NeighbourResult, q: number): void {
	const { indices, squaredDistances } = heap.sorted();
	result.indices.set(indices, q * result.count);
	result.squaredDistances.set(squaredDistances, q * result.count);
}

export function emptyResult(queries: number, count: number): NeighbourResult {
	return {
		count,
		indices: new Int32Array(queries * count),
		squaredDistances: new Float64Array(queries * count)
	};
}

/** Progress and cancellation every `every` queries, so the inner loops stay free of callbacks. */
export function reportQueries(done: number, total: number, options: LongTaskOptions | undefined): void {
	checkStop(options);
	options?.onProgress?.(total ? done / total : 1, `${done} of ${total} queries`);
}
