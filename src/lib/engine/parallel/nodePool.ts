// The pool in Node (the CLI, tests, bench): worker_threads running the shard message loop. Workers
// start from a small .mjs that registers tsx, as cli/segment-lab.mjs does, so the TypeScript engine
// runs in them as it is. Not imported by the app (node: modules do not exist in the browser).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createInProcessPool, createWorkerPool, type Endpoint, type ShardPool } from './pool';
import type { ShardKind, ShardReply } from './protocol';
import { createTsShard } from './tsShard';
import { poolSize } from './poolSize';

function spawnNode(script?: URL): Endpoint {
	// A bundled script is plain JavaScript: it needs none of this process's flags (with tsx's loader
	// inherited from `node --import tsx`, each worker would load it for nothing, ~10 MB).
	const worker = script ? new Worker(script, { execArgv: [] }) : new Worker(new URL('./shardWorker.node.mjs', import.meta.url));
	// A pool left idle must not keep the process alive (the CLI exits when its work is done).
	worker.unref();
	return {
		post: (message, transfer) => worker.postMessage(message, transfer as ArrayBuffer[]),
		listen(onReply, onError) {
			worker.on('message', (reply: ShardReply) => onReply(reply));
			worker.on('error', (error) => onError(error.message));
			worker.on('exit', (code) => onError(`a shard worker exited (code ${code})`));
		},
		terminate: () => void worker.terminate()
	};
}

/**
 * `size` shards (default: the cores, capped at 4), the first in this thread and the others on
 * worker_threads; 1 means one shard in this thread, no worker.
 * `kind` 'ts' pins the TypeScript shards (tests, the bench's side by side). `script`: the worker as
 * one bundled .mjs (as the CLI's cli/dist holds), instead of shardWorker.node.mjs loading the
 * TypeScript through tsx (~20 MB more per worker).
 */
export function createNodePool(size = poolSize(availableParallelism()), kind: ShardKind = 'auto', script?: URL): ShardPool {
	if (size > 1) return createWorkerPool(() => spawnNode(script), size, kind);
	return kind === 'ts' ? createInProcessPool(1, createTsShard) : createInProcessPool(1);
}

/** Runs `job` on a pool of the cores made for it, terminated when the job ends (the CLI's one-off jobs). */
export async function withNodePool<T>(job: (pool: ShardPool) => Promise<T>): Promise<T> {
	const pool = createNodePool();
	try {
		return await job(pool);
	} finally {
		pool.terminate();
	}
}
