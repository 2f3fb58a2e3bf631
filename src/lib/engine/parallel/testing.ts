// A pool for tests: in-process shards of the given sizes (however uneven), claiming `sizes.length`
// workers so callers that skip a pool without workers use it.
import { writeRows } from '../rowSource';
import type { ShardPool } from './pool';
import { createShardHost } from './shardHost';
import { runTask } from './tasks';

export function unevenPool(sizes: number[]): ShardPool {
	return {
		workers: sizes.length,
		async shardsFor(X) {
			const total = sizes.reduce((s, r) => s + r, 0);
			if (total !== X.rows) throw new Error(`shard sizes add up to ${total}, the matrix has ${X.rows} rows`);
			let start = 0;
			const shards = sizes.map((rows) => {
				const values = new Float64Array(rows * X.cols);
				writeRows(X, start, start + rows, values);
				const host = createShardHost(values, rows, X.cols);
				start += rows;
				return { call: async (method: string, args: unknown[]) => host.call(method, args) };
			});
			return { shards, shardRows: sizes };
		},
		run: async (_worker, task, args) => runTask([task, ...args]),
		terminate() {}
	};
}
