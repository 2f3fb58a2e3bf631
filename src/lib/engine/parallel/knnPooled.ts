// k-nearest-neighbour queries over a shard pool, with results equal to fitKnn(...).kneighbours exactly
// (squared distances and neighbours ordered by (distance, training index): scikit-learn's order).
// The larger side becomes the pool's matrix, split over the workers (neighbourParts.ts):
// - many queries, fewer training rows (scoring a file): each worker gets the whole training set and
//   searches its own block of the queries, a range of 4,096 of them per step; nothing to merge;
// - more training rows than queries: each worker holds a block of the training rows, every block of
//   4,096 queries goes to all of them, and each query's lists are merged by (distance, global index).
// Progress and cancellation come between steps. The pool holds one matrix at a time: a search
// replaces the rows it held (a prepared matrix is sent again by the next run that needs it).
import { checkComplete, checkQueries, checkTraining, encodeLabels } from '../classify/classifier';
import { emptyResult, reportQueries, type NeighbourResult } from '../classify/neighbourIndex';
import { countVotes, mostVoted } from '../classify/votes';
import type { Matrix } from '../matrix';
import type { LongTaskOptions } from '../progress';
import type { ShardPool } from './pool';
import { onAll, onEach, runShardsAsync, type ShardSteps } from './shardCalls';

/** Queries searched per step (per shard when the queries are split): progress and cancellation come between steps. */
const queryBlock = 4096;

export interface PooledKnnOptions extends LongTaskOptions {
	/** Which rows the workers split: 'queries' (each gets the whole training set) or 'training'; default the larger side. */
	split?: 'queries' | 'training';
}

/** kneighboursPooled(trainX, queries, count, pool): fitKnn(trainX, y).kneighbours(queries, count), the search split over the pool. */
export async function kneighboursPooled(trainX: Matrix, queries: Matrix, count: number, pool: ShardPool, options: PooledKnnOptions = {}): Promise<NeighbourResult> {
	if (trainX.rows === 0) throw new Error('training data has no rows');
	checkComplete(trainX, 'training');
	checkQueries(queries, trainX.cols);
	if (!Number.isInteger(count) || count < 1) throw new Error(`neighbour count must be a positive whole number (got ${count})`);
	const take = Math.min(count, trainX.rows);
	if (queries.rows === 0) return emptyResult(0, take);
	const split = options.split ?? (queries.rows > trainX.rows ? 'queries' : 'training');
	if (split === 'queries') {
		const { shards, shardRows } = await pool.shardsFor(queries);
		return runShardsAsync(overQueryShards(trainX, take, shardRows, options), shards, options);
	}
	const { shards, shardRows } = await pool.shardsFor(trainX);
	return runShardsAsync(overTrainingShards(queries, take, shardRows, options), shards, options);
}

/** A KNN model's training set: what fitKnn was given. */
export interface KnnTraining {
	X: Matrix;
	y: Int32Array;
	/** Neighbours that vote. */
	k: number;
}

export interface PooledKnnPrediction {
	/** Predicted label of each query (fitKnn(...).predict). */
	labels: Int32Array;
	/** Distinct training labels, ascending. */
	classes: Int32Array;
	/** Row-major queries x classes: neighbours of each class among the k (predictProba = votes / k). */
	votes: Int32Array;
}

/** fitKnn(X, y, {k}).predict(queries) with the neighbour search over the pool, and the votes behind it. */
export async function knnPredictPooled(training: KnnTraining, queries: Matrix, pool: ShardPool, options: PooledKnnOptions = {}): Promise<PooledKnnPrediction> {
	const { X, y, k } = training;
	checkTraining(X, y);
	if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive whole number (got ${k})`);
	if (k > X.rows) throw new Error(`k = ${k} exceeds the ${X.rows} training rows`);
	const { classes, codes } = encodeLabels(y);
	const votes = countVotes(await kneighboursPooled(X, queries, k, pool, options), k, codes, classes.length);
	return { labels: mostVoted(votes, classes), classes, votes };
}

/** The shards hold the queries: each searches its own rows against the whole training set, block by block. */
function* overQueryShards(trainX: Matrix, count: number, shardRows: number[], options: LongTaskOptions): ShardSteps<NeighbourResult> {
	const n = shardRows.reduce((s, r) => s + r, 0);
	const result = emptyResult(n, count);
	// Its own buffer: a view would post the whole buffer behind it to every worker.
	const training = trainX.data.byteLength === trainX.data.buffer.byteLength ? trainX.data : trainX.data.slice();
	yield* onAll(shardRows.length, 'neighbourTraining', training, trainX.rows, trainX.cols);
	const longest = Math.max(...shardRows);
	for (let start = 0; start < longest; start += queryBlock) {
		reportQueries(shardRows.reduce((s, r) => s + Math.min(r, start), 0), n, options);
		const parts = yield* onEach(
			'neighboursOfRows',
			shardRows.map((rows) => [Math.min(start, rows), Math.min(start + queryBlock, rows), count] as [number, number, number])
		);
		let offset = 0;
		parts.forEach((part, s) => {
			const at = (offset + Math.min(start, shardRows[s])) * count;
			result.indices.set(part.indices, at);
			result.squaredDistances.set(part.squaredDistances, at);
			offset += shardRows[s];
		});
	}
	reportQueries(n, n, options);
	return result;
}

/** The shards hold the training rows: every block of queries goes to all of them, and their lists are merged. */
function* overTrainingShards(queries: Matrix, count: number, shardRows: number[], options: LongTaskOptions): ShardSteps<NeighbourResult> {
	const { rows: n, cols: d } = queries;
	const result = emptyResult(n, count);
	const offsets: number[] = [];
	shardRows.reduce((start, rows) => (offsets.push(start), start + rows), 0);
	for (let q0 = 0; q0 < n; q0 += queryBlock) {
		reportQueries(q0, n, options);
		const q1 = Math.min(q0 + queryBlock, n);
		// A copy of the block: a view would post the whole query buffer to every worker.
		const parts = yield* onAll(shardRows.length, 'nearest', queries.data.slice(q0 * d, q1 * d), d, count);
		mergeBlock(parts, offsets, result, q0, q1 - q0);
	}
	reportQueries(n, n, options);
	return result;
}

/** Each query's `result.count` nearest over the shards' sorted lists, by (squared distance, global index). */
function mergeBlock(parts: NeighbourResult[], offsets: number[], result: NeighbourResult, q0: number, queries: number): void {
	const count = result.count;
	const next = new Int32Array(parts.length);
	for (let q = 0; q < queries; q++) {
		next.fill(0);
		const out = (q0 + q) * count;
		for (let t = 0; t < count; t++) {
			let best = -1;
			let bestDistance = Infinity;
			let bestIndex = 0;
			for (let s = 0; s < parts.length; s++) {
				const p = parts[s];
				if (next[s] >= p.count) continue;
				const at = q * p.count + next[s];
				const distance = p.squaredDistances[at];
				const index = offsets[s] + p.indices[at];
				if (best < 0 || distance < bestDistance || (distance === bestDistance && index < bestIndex)) {
					best = s;
					bestDistance = distance;
					bestIndex = index;
				}
			}
			next[best]++;
			result.indices[out + t] = bestIndex;
			result.squaredDistances[out + t] = bestDistance;
		}
	}
}
