// The messages between a pool and its shard workers: a request id, a method name and its
// arguments; replies carry the same id and either the value or the worker's error message. Typed
// arrays in replies travel in the transfer list (no copy, no SharedArrayBuffer, so any static host works).
import { createShardHost, type ShardHost } from './shardHost';
import { runTask } from './tasks';
import { createTsShard } from './tsShard';

/** Which shard a worker builds: makeShard's choice (WebAssembly where it runs), or the TypeScript oracle. */
export type ShardKind = 'auto' | 'ts';

/** `load` hands a worker its rows (transferred) and a ShardKind; every other method goes to the shard host. */
export interface ShardRequest {
	id: number;
	method: string;
	args: unknown[];
}

export type ShardReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** A worker's message loop: answers requests with `reply(message, transfer)`. */
export function createShardServer(reply: (message: ShardReply, transfer: Transferable[]) => void): (request: ShardRequest) => void {
	let host: ShardHost | undefined;
	return ({ id, method, args }) => {
		try {
			let value: unknown;
			if (method === 'task') value = runTask(args);
			else if (method === 'load') {
				const [data, rows, d, kind] = args as [Float64Array, number, number, ShardKind | undefined];
				host = kind === 'ts' ? createShardHost(data, rows, d, createTsShard) : createShardHost(data, rows, d);
				value = rows;
			} else {
				if (!host) throw new Error(`shard worker got "${method}" before its rows`);
				value = host.call(method, args);
			}
			reply({ id, ok: true, value }, transferables(value));
		} catch (error) {
			reply({ id, ok: false, error: error instanceof Error ? error.message : String(error) }, []);
		}
	};
}

/**
 * The buffers of the typed arrays in a reply (itself or its fields) that can move without harm: a
 * view that owns its whole buffer. A view into larger memory (a WebAssembly heap) is copied instead.
 */
export function transferables(value: unknown): Transferable[] {
	const views = ArrayBuffer.isView(value) ? [value] : value && typeof value === 'object' ? Object.values(value).filter((v) => ArrayBuffer.isView(v)) : [];
	const out = new Set<ArrayBuffer>();
	for (const v of views as ArrayBufferView[]) {
		if (v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength) out.add(v.buffer);
	}
	return [...out];
}
