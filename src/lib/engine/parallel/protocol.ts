// The messages between a pool and its shard workers: a request id, a method name and its
// arguments; replies carry the same id and either the value or the worker's error message. Typed
// arrays in replies travel in the transfer list (no copy, no SharedArrayBuffer, so any static host works).
// Rows arrive in three steps, so a worker never holds them twice (a whole shard sent at once sat
// in the worker beside the shard's own copy until a garbage collection that might not come):
// `load` [rows, d, kind] allocates the shard's storage, `append` [chunk] writes the next values of
// it (row-major; a chunk may end mid-row) and gives the chunk's buffer back for the next one,
// `ready` [] checks every value came and builds the shard. Every other method goes to the shard host.
import { allocateShard, type ShardKind, type ShardStorage } from './makeShard';
import { createShardHost, type ShardHost } from './shardHost';
import { runTask } from './tasks';

export type { ShardKind } from './makeShard';

export interface ShardRequest {
	id: number;
	method: string;
	args: unknown[];
}

export type ShardReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

interface Loading {
	storage: ShardStorage;
	rows: number;
	d: number;
	written: number;
}

/** A worker's message loop: answers requests with `reply(message, transfer)`. */
export function createShardServer(reply: (message: ShardReply, transfer: Transferable[]) => void): (request: ShardRequest) => void {
	let host: ShardHost | undefined;
	let loading: Loading | undefined;

	function load(rows: number, d: number, kind: ShardKind | undefined): number {
		// The old shard goes first, so its memory can be reused for the new one.
		host = undefined;
		loading = undefined;
		loading = { storage: allocateShard(rows, d, kind), rows, d, written: 0 };
		return rows;
	}

	function append(chunk: unknown): Float64Array {
		const l = loading;
		if (!l) throw new Error('shard worker got "append" with no load under way: send "load" first');
		const total = l.rows * l.d;
		if (!(chunk instanceof Float64Array)) throw new Error('"append" takes a Float64Array of row values');
		if (l.written + chunk.length > total) {
			// A load that went wrong is dropped, so a later "ready" cannot build a shard from it.
			loading = undefined;
			throw new Error(`"append" of ${chunk.length} values passes the shard's ${l.rows} rows x ${l.d} features (${l.written} of ${total} values were written)`);
		}
		l.storage.values().set(chunk, l.written);
		l.written += chunk.length;
		// The whole buffer goes back (transferred), for the pool's next chunk.
		return new Float64Array(chunk.buffer, 0, chunk.buffer.byteLength / 8);
	}

	function ready(): number {
		const l = loading;
		if (!l) throw new Error('shard worker got "ready" with no load under way: send "load" first');
		loading = undefined;
		const total = l.rows * l.d;
		if (l.written !== total) throw new Error(`the shard got ${l.written} of its ${l.rows} rows x ${l.d} features = ${total} values`);
		host = createShardHost(l.storage.values(), l.rows, l.d, () => l.storage.build());
		return l.rows;
	}

	return ({ id, method, args }) => {
		try {
			let value: unknown;
			if (method === 'load') value = load(...(args as [number, number, ShardKind | undefined]));
			else if (method === 'append') value = append(args[0]);
			else if (method === 'ready') value = ready();
			else if (method === 'task') value = runTask(args);
			else {
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
