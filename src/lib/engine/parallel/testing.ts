// A pool for tests: in-process shards of the given sizes (however uneven), claiming `sizes.length`
// workers so callers that skip a pool without workers use it.
import { shardsInThisThread, type ShardPool } from './pool';
import { runTask } from './tasks';

export function unevenPool(sizes: number[]): ShardPool {
	return {
		workers: sizes.length,
		async shardsFor(X) {
			const total = sizes.reduce((s, r) => s + r, 0);
			if (total !== X.rows) throw new Error(`shard sizes add up to ${total}, the matrix has ${X.rows} rows`);
			return shardsInThisThread(X, sizes);
		},
		run: async (_worker, task, args) => runTask([task, ...args]),
		terminate() {}
	};
}
