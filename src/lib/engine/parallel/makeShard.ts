// The one place that chooses a shard's implementation: the WebAssembly SIMD shard where it runs
// (engine/wasm), else the TypeScript one (the oracle). Every pool worker and the in-process pool ask here.
import { createWasmShard, wasmAvailable } from '../wasm/wasmShard';
import type { KMeansShard } from './shard';
import { createTsShard } from './tsShard';

export function makeShard(X: Float64Array, rows: number, d: number): KMeansShard {
	return wasmAvailable() ? createWasmShard(X, rows, d) : createTsShard(X, rows, d);
}
