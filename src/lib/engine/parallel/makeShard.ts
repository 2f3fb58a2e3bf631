// The one place that chooses a shard's implementation: the WebAssembly SIMD shard where it runs
// (engine/wasm), else the TypeScript one (the oracle). Every pool worker and the in-process pool ask here.
import { allocateWasmShard, createWasmShard, wasmAvailable } from '../wasm/wasmShard';
import type { KMeansShard } from './shard';
import { createTsShard } from './tsShard';

/** Which shard a worker builds: makeShard's choice (WebAssembly where it runs), or the TypeScript oracle. */
export type ShardKind = 'auto' | 'ts';

export function makeShard(X: Float64Array, rows: number, d: number): KMeansShard {
	return wasmAvailable() ? createWasmShard(X, rows, d) : createTsShard(X, rows, d);
}

/** A shard's rows, allocated where the shard keeps them and written in place before build(). */
export interface ShardStorage {
	/** Where the rows go (row-major, rows x d): a fresh view each call (WebAssembly memory can move). */
	values(): Float64Array;
	/** The shard over the rows written; once only. */
	build(): KMeansShard;
}

/**
 * Room for `rows` rows of `d` values in the shard of `kind` that will hold them: a pool worker
 * receives its rows in chunks and writes each one straight there, so it never holds them twice.
 */
export function allocateShard(rows: number, d: number, kind: ShardKind = 'auto'): ShardStorage {
	if (kind === 'auto' && wasmAvailable()) return allocateWasmShard(rows, d);
	if (!(Number.isInteger(rows) && Number.isInteger(d) && rows >= 0 && d >= 0)) throw new Error(`a shard's rows and features are whole numbers >= 0 (got ${rows} x ${d})`);
	const X = new Float64Array(rows * d);
	let built = false;
	return {
		values: () => X,
		build() {
			if (built) throw new Error('this shard was already built over its rows');
			built = true;
			return createTsShard(X, rows, d);
		}
	};
}
