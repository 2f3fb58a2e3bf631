// The shard message loop on a worker_threads port (see nodePool.ts).
import { parentPort } from 'node:worker_threads';
import { createShardServer, type ShardRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('shardWorker.node.ts must run as a worker thread');
const serve = createShardServer((message, transfer) => {
	try {
		port.postMessage(message, transfer as ArrayBuffer[]);
	} catch {
		// A buffer that cannot move (WebAssembly memory) goes as a copy.
		port.postMessage(message);
	}
});
port.on('message', (request: ShardRequest) => serve(request));
