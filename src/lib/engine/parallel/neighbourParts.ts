// The per-shard halves of a k-nearest-neighbour search, either way round (knnPooled.ts chooses):
// - the shard's rows are (a block of) the training rows: `nearest` answers, for a block of queries,
//   the nearest of its own rows (local indices), and the driver merges the shards' lists;
// - the shard's rows are (a block of) the queries: `neighbourTraining` hands every shard the whole
//   training set, then `neighboursOfRows` answers for a range of the shard's own rows.
// Either way the search structure is fitKnn's 'auto' choice, built once: a kd-tree (which keeps its
// rows in tree order, as fitKnn's does) up to 12 features, else a scan of the rows where they are.
import { bruteForceSearch } from '../classify/bruteForce';
import { createKdTreeIndex } from '../classify/kdTree';
import { maxTreeDimensions } from '../classify/knn';
import type { NeighbourIndex, NeighbourResult } from '../classify/neighbourIndex';
import { createMatrix, type Matrix } from '../matrix';

/** What a shard answers for neighbour queries. */
export interface NeighbourShard {
	/** For each query (row-major, `cols` values each), its min(count, rows) nearest rows of this shard, nearest first, ties by lower index. */
	nearest(queries: Float64Array, cols: number, count: number): NeighbourResult;
	/** Keeps a search over the training rows (row-major, rows x cols) for neighboursOfRows; returns the rows. */
	neighbourTraining(training: Float64Array, rows: number, cols: number): number;
	/** The min(count, training rows) nearest training rows of this shard's rows [start, end). */
	neighboursOfRows(start: number, end: number, count: number): NeighbourResult;
}

/** fitKnn's 'auto' search over `points`: a kd-tree in few dimensions, else a scan that reads them as they are. */
function searchOver(points: Matrix): NeighbourIndex & { rows: number } {
	if (points.cols <= maxTreeDimensions) return { ...createKdTreeIndex(points), rows: points.rows };
	return { method: 'brute', rows: points.rows, search: (queries, count) => bruteForceSearch(points, queries, count) };
}

/** `rows` x `d` values, or a function giving them (a WebAssembly shard's rows, read where they live). */
export function createNeighbourShard(source: Float64Array | (() => Float64Array), rows: number, d: number): NeighbourShard {
	const values = typeof source === 'function' ? source : () => source;
	// Over this shard's own rows; built on the first `nearest`. A scan reads the rows afresh each call.
	let own: NeighbourIndex | undefined;
	let training: (NeighbourIndex & { rows: number }) | undefined;
	const checkCount = (count: number) => {
		if (!(Number.isInteger(count) && count >= 1)) throw new Error(`neighbour count must be a positive whole number (got ${count})`);
	};
	return {
		nearest(queries, cols, count) {
			if (cols !== d) throw new Error(`queries have ${cols} columns, the shard's training rows have ${d}`);
			checkCount(count);
			const points = createMatrix(queries.length / cols, cols, queries);
			const take = Math.min(count, rows);
			if (d > maxTreeDimensions) return bruteForceSearch(createMatrix(rows, d, values()), points, take);
			own ??= createKdTreeIndex(createMatrix(rows, d, values()));
			return own.search(points, take);
		},
		neighbourTraining(data, trainingRows, cols) {
			if (cols !== d) throw new Error(`the training rows have ${cols} columns, the shard's queries have ${d}`);
			training = searchOver(createMatrix(trainingRows, cols, data));
			return trainingRows;
		},
		neighboursOfRows(start, end, count) {
			if (!training) throw new Error('neighboursOfRows needs neighbourTraining first (it sends the training rows)');
			if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= rows)) {
				throw new Error(`rows ${start} to ${end} are outside this shard's ${rows} rows`);
			}
			checkCount(count);
			const queries = createMatrix(end - start, d, values().subarray(start * d, end * d));
			return training.search(queries, Math.min(count, training.rows));
		}
	};
}
