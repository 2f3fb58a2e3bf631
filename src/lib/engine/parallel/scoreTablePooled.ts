// scoreTable (model/score.ts) with a KNN model's neighbour search over a shard pool when the file
// is large (at least poolMinQueries scored rows); every other model, and smaller files, are scored
// in this thread. The labels and vote shares equal scoreTable's exactly.
import { createMatrix } from '../matrix';
import { modelAssigner, type Assignment } from '../model/assign';
import { scoredTable, scoringInputs, type ScoredTable } from '../model/score';
import type { SegmentModel } from '../model/types';
import type { LongTaskOptions } from '../progress';
import type { Table } from '../table';
import { knnPredictPooled } from './knnPooled';
import type { ShardPool } from './pool';

/** Scored rows from which a KNN model's queries go through the pool (below, a search in one thread is quick). */
export const poolMinQueries = 50_000;

export interface PooledScoringOptions extends LongTaskOptions {
	/** The pool, or a function making it when first needed (the CLI starts workers only for a large KNN job). */
	pool: ShardPool | (() => ShardPool);
	/** Scored rows from which the pool is used; default poolMinQueries (50,000). */
	minQueries?: number;
}

export async function scoreTablePooled(model: SegmentModel, table: Table, options: PooledScoringOptions): Promise<ScoredTable> {
	const { pool: given, minQueries = poolMinQueries, ...task } = options;
	const inputs = scoringInputs(model, table);
	const c = model.classifier;
	const X = inputs.applied.X;
	const pool = c?.kind === 'knn' && X.rows >= minQueries ? (typeof given === 'function' ? given() : given) : undefined;
	if (!c || c.kind !== 'knn' || !pool || pool.workers === 0) return scoredTable(model, table, inputs, modelAssigner(model)(X));
	// The model's training rows become the pool's matrix, replacing the prepared rows its workers held.
	const training = { X: createMatrix(c.rows, c.cols, Float64Array.from(c.data)), y: Int32Array.from(c.labels), k: c.k };
	const { labels, classes, votes } = await knnPredictPooled(training, X, pool, task);
	return scoredTable(model, table, inputs, bySegment(labels, classes, votes, c.k, model.segments.length));
}

/** The vote shares as modelAssigner lays them out: one column per segment label. */
function bySegment(labels: Int32Array, classes: Int32Array, votes: Int32Array, k: number, segments: number): Assignment {
	const rows = labels.length;
	const probabilities = createMatrix(rows, segments);
	for (let i = 0; i < rows; i++) {
		for (let t = 0; t < classes.length; t++) probabilities.data[i * segments + classes[t]] = votes[i * classes.length + t] / k;
	}
	return { labels, probabilities };
}
