// The pool in the app: one shard per core up to 4, the first in the engine worker itself and the
// others in module Workers it starts (nested workers); one pool per engine worker, reused across
// runs, so a prepared matrix's rows are sent once. With one core the shard stays in the engine worker.
import { createInProcessPool, createWorkerPool, type Endpoint, type ShardPool } from './pool';
import type { ShardReply } from './protocol';
import { poolSize } from './poolSize';

function spawnBrowser(): Endpoint {
	const worker = new Worker(new URL('./shardWorker.ts', import.meta.url), { type: 'module' });
	return {
		post: (message, transfer) => worker.postMessage(message, transfer),
		listen(onReply, onError) {
			worker.onmessage = (event: MessageEvent<ShardReply>) => onReply(event.data);
			worker.onerror = (event) => {
				event.preventDefault();
				onError(event.message || 'a shard worker failed to start');
			};
		},
		terminate: () => worker.terminate()
	};
}

let shared: ShardPool | undefined;

/** This thread's pool, created on first use. */
export function sharedBrowserPool(): ShardPool {
	if (!shared) {
		const size = poolSize(typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency);
		shared = size <= 1 || typeof Worker === 'undefined' ? createInProcessPool(1) : createWorkerPool(spawnBrowser, size);
	}
	return shared;
}
