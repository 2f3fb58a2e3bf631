// The shard pool (engine/parallel) against one thread: per-iteration k-means at 1M rows for the
// (d, k) pairs of issue 10's table, on a pool of 2 worker_threads (TypeScript shards; the WebAssembly
// shards too where they run) and on kmeans() in this thread, both from the same explicit
// centres with tolerance 0 and a fixed iteration cap, so both run the same passes. Also: the time
// to send the rows to the workers once, and peak memory (RSS growth while the pool holds its shards
// and iterates, plus the matrix itself) against the prepared matrix's size (issue 10's target: <= 2.5x).
// Data: seeded Gaussian blobs, k true centres in [-4, 4), standard deviation 1.5 (overlapping, so
// runs do not converge in two passes). Prints one JSON object on one line.
// Run: node --expose-gc --import tsx bench/pool.ts [--quick]
import { gaussianBlobs, randomCentres } from '../src/lib/engine/cluster/blobs';
import { kmeans } from '../src/lib/engine/cluster/kmeans';
import type { Matrix } from '../src/lib/engine/matrix';
import { kmeansPooled } from '../src/lib/engine/parallel/kmeansPooled';
import { createNodePool } from '../src/lib/engine/parallel/nodePool';
import type { ShardKind } from '../src/lib/engine/parallel/protocol';
import { wasmAvailable } from '../src/lib/engine/wasm/wasmShard';

const quick = process.argv.includes('--quick');
const rows = quick ? 100_000 : 1_000_000;
const iterations = quick ? 5 : 20;
const pairs: [number, number][] = quick
	? [
			[3, 5],
			[8, 20]
		]
	: [
			[3, 5],
			[6, 5],
			[8, 5],
			[17, 5],
			[8, 20],
			[6, 100],
			[6, 200]
		];
const workers = 2;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Row {
	shards: 'typescript' | 'webassembly';
	d: number;
	k: number;
	rows: number;
	iterations: number;
	poolMsPerIteration: number;
	oneThreadMsPerIteration: number;
	speedup: number;
	loadMs: number;
	matrixMB: number;
	peakOverMatrix: number;
	sameLabels: boolean;
}

async function measure(d: number, k: number, kind: ShardKind): Promise<Row> {
	const X: Matrix = gaussianBlobs({ rows, centres: randomCentres(k, d, 7, [-4, 4]), spread: 1.5, seed: 42 }).X;
	const init = X.data.slice(0, k * d);
	// Tolerance 0 and no strict stop in practice: both sides run `iterations` passes plus the final assignment.
	const options = { k, init, tolerance: 0, maxIterations: iterations };
	gc();
	const start = performance.now();
	const single = kmeans(X, options);
	const oneThreadMs = performance.now() - start;

	gc();
	const baseline = process.memoryUsage().rss;
	let peak = baseline;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	const pool = createNodePool(workers, kind);
	try {
		let t = performance.now();
		await pool.shardsFor(X);
		const loadMs = performance.now() - t;
		// Fresh workers run cold code: one short run first, as this thread's kmeans() has run before.
		await kmeansPooled(X, { ...options, maxIterations: 2 }, pool);
		t = performance.now();
		const pooled = await kmeansPooled(X, options, pool);
		const poolMs = performance.now() - t;
		peak = Math.max(peak, process.memoryUsage().rss);
		const passes = pooled.iterations + 1;
		return {
			shards: kind === 'ts' || !wasmAvailable() ? 'typescript' : 'webassembly',
			d,
			k,
			rows,
			iterations: pooled.iterations,
			poolMsPerIteration: round(poolMs / passes, 2),
			oneThreadMsPerIteration: round(oneThreadMs / (single.iterations + 1), 2),
			speedup: round(oneThreadMs / (single.iterations + 1) / (poolMs / passes), 2),
			loadMs: round(loadMs),
			matrixMB: round(X.data.byteLength / 2 ** 20),
			// The matrix this thread keeps, plus everything the pool added while loading and iterating.
			peakOverMatrix: round((X.data.byteLength + peak - baseline) / X.data.byteLength, 2),
			sameLabels: pooled.labels.every((label, i) => label === single.labels[i])
		};
	} finally {
		clearInterval(sampler);
		pool.terminate();
	}
}

// The TypeScript shards, and the WebAssembly ones where they run (makeShard's choice).
const kinds: ShardKind[] = wasmAvailable() ? ['ts', 'auto'] : ['ts'];
const results: Row[] = [];
for (const [d, k] of pairs) for (const kind of kinds) results.push(await measure(d, k, kind));
console.log(JSON.stringify({ pool: { workers, wasm: wasmAvailable(), results } }));
