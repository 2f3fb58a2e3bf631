// What runs where the rows are (a pool worker, or this thread for small data and tests): one shard
// for k-means and the score, PCA and neighbour halves over the same rows, answering calls by method name.
import { createMetricShard, type MetricShard } from './metricParts';
import { makeShard } from './makeShard';
import { createNeighbourShard, type NeighbourShard } from './neighbourParts';
import { createPcaShard, type PcaShard } from './pcaParts';
import type { KMeansShard } from './shard';

/** Every method a host answers: the k-means shard's, the scores', the PCA's and the neighbour search's. */
export type ShardApi = Omit<KMeansShard, 'rows' | 'd'> & MetricShard & PcaShard & NeighbourShard;

export interface ShardHost {
	readonly rows: number;
	call(method: string, args: unknown[]): unknown;
}

function hasRowsView(shard: KMeansShard): shard is KMeansShard & { rowsView(): Float64Array } {
	return typeof (shard as { rowsView?: unknown }).rowsView === 'function';
}

export function createShardHost(X: Float64Array, rows: number, d: number, make: typeof makeShard = makeShard): ShardHost {
	const shard = make(X, rows, d);
	// A WebAssembly shard holds its own copy of the rows: the scores read that one, so the worker can let
	// X go (with X kept too, a pool held the rows three times: the engine's, X, the shard's).
	const source = hasRowsView(shard) ? () => shard.rowsView() : X;
	const metric = createMetricShard(source, rows, d);
	const pca = createPcaShard(source, rows, d);
	const neighbours = createNeighbourShard(source, rows, d);
	const api: ShardApi = {
		seed: (centre) => shard.seed(centre),
		trial: (candidates, count) => shard.trial(candidates, count),
		commit: (centre) => shard.commit(centre),
		pick: (target) => shard.pick(target),
		row: (i) => shard.row(i),
		start: (centres, k) => shard.start(centres, k),
		step: (centres) => shard.step(centres),
		finish: (centres) => shard.finish(centres),
		farthest: (count) => shard.farthest(count),
		labelSums: (ids, k) => metric.labelSums(ids, k),
		labelScatter: (means) => metric.labelScatter(means),
		silhouetteTotals: (data, cols, ids, k, start, end) => metric.silhouetteTotals(data, cols, ids, k, start, end),
		rowsAt: (indices) => metric.rowsAt(indices),
		summaryPart: (sums) => metric.summaryPart(sums),
		pcaSums: (columns) => pca.pcaSums(columns),
		pcaSquares: (mean, columns) => pca.pcaSquares(mean, columns),
		pcaCrossProducts: (mean, columns) => pca.pcaCrossProducts(mean, columns),
		pcaScores: (mean, components, columns) => pca.pcaScores(mean, components, columns),
		nearest: (queries, cols, count) => neighbours.nearest(queries, cols, count),
		neighbourTraining: (training, rows, cols) => neighbours.neighbourTraining(training, rows, cols),
		neighboursOfRows: (start, end, count) => neighbours.neighboursOfRows(start, end, count)
	};
	return {
		rows,
		call(method, args) {
			if (!Object.hasOwn(api, method)) throw new Error(`a shard has no method "${method}"`);
			return (api[method as keyof ShardApi] as (...a: unknown[]) => unknown)(...args);
		}
	};
}
