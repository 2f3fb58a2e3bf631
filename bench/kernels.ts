// k-means kernels side by side (issue 10): per-iteration time at 1,000,000 rows of the TypeScript
// shard (parallel/tsShard.ts) and the WebAssembly SIMD shard (wasm/wasmShard.ts), one thread each,
// next to scikit-learn's Lloyd with 1 and 2 threads, on the same rows and initial centres. Rows are
// overlapping blobs (std 4 around k centres uniform in [-10, 10)) so the runs keep moving; initial
// centres are seeded random rows. For each shard: a full Lloyd pass (finish()), the first pass
// (start()), the mean of the bounded passes that follow (step(), centres moved to the means), their
// mean over all `iterations` passes, and the share of distances the last bounded pass computed. The
// target is the pool of 2 shards at <= 1.0x scikit-learn with 2 threads, so one WebAssembly thread
// should be about <= 2x that. Timings are wall-clock: run it on a quiet machine.
// poolPerIterationMs: the whole pooled k-means (kmeansPooled on a pool of 2: one shard in this thread, one on a worker_thread; WebAssembly shards) from
// the same centres with tolerance 0, timed as scikit-learn is: (run of 1 + N iterations - run of 1) / N,
// so the driver's per-pass costs (centre update, messages) are in it; poolOverSklearn2 is the target <= 1.
// Prints one JSON object on one line. Run: node --import tsx bench/kernels.ts [--quick] (100,000 rows)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gaussianBlobs, randomCentres } from '../src/lib/engine/cluster/blobs';
import type { KMeansShard, StepResult } from '../src/lib/engine/parallel/shard';
import { createTsShard } from '../src/lib/engine/parallel/tsShard';
import { kmeansPooled } from '../src/lib/engine/parallel/kmeansPooled';
import { createNodePool } from '../src/lib/engine/parallel/nodePool';
import { createMatrix } from '../src/lib/engine/matrix';
import { createRandom } from '../src/lib/engine/random';
import { createWasmShard, wasmAvailable, type WasmShard } from '../src/lib/engine/wasm/wasmShard';

const quick = process.argv.includes('--quick');
const rows = quick ? 100_000 : 1_000_000;
const iterations = 10;
const cases: [number, number][] = [[3, 5], [6, 5], [8, 5], [17, 5], [8, 20], [6, 100], [6, 200]];
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function data(d: number, k: number): { X: Float64Array; C: Float64Array } {
	const X = gaussianBlobs({ rows, centres: randomCentres(k, d, 7), spread: 4, seed: 42 }).X.data;
	const random = createRandom(1);
	const C = new Float64Array(k * d);
	for (let c = 0; c < k; c++) {
		const i = random.int(rows);
		C.set(X.subarray(i * d, i * d + d), c * d);
	}
	return { X, C };
}

function time<T>(run: () => T): { ms: number; value: T } {
	const start = performance.now();
	const value = run();
	return { ms: performance.now() - start, value };
}

function means(r: StepResult, previous: Float64Array, k: number, d: number): Float64Array {
	const next = previous.slice();
	for (let c = 0; c < k; c++) if (r.counts[c] > 0) for (let t = 0; t < d; t++) next[c * d + t] = r.sums[c * d + t] / r.counts[c];
	return next;
}

function shardFigures(shard: KMeansShard, C0: Float64Array, k: number) {
	const d = shard.d;
	const full = [0, 1, 2].map(() => time(() => shard.finish(C0)).ms).sort((a, b) => a - b)[1];
	const start = time(() => shard.start(C0, k));
	let C = means(start.value, C0, k, d);
	let stepMs = 0;
	let changed = 0;
	const counted = 'distancesComputed' in shard ? () => (shard as WasmShard).distancesComputed() : undefined;
	let lastWork = 0;
	for (let it = 1; it < iterations; it++) {
		const before = counted?.() ?? 0;
		const step = time(() => shard.step(C));
		lastWork = (counted?.() ?? 0) - before;
		stepMs += step.ms;
		changed = step.value.changed;
		C = means(step.value, C, k, d);
	}
	return {
		fullPassMs: round(full),
		startMs: round(start.ms),
		boundedStepMs: round(stepMs / (iterations - 1)),
		perIterationMs: round((start.ms + stepMs) / iterations),
		changedInLastStep: changed,
		// Distances the last bounded pass computed, over the rows x k of a full pass (WebAssembly only).
		distanceShareInLastStep: counted ? round(lastWork / (shard.rows * k), 3) : undefined
	};
}

function sklearn(files: { d: number; k: number; x: string; c: string }[]) {
	const script = fileURLToPath(new URL('./sklearnKernels.py', import.meta.url));
	const run = spawnSync('/usr/bin/python3', [script], {
		input: JSON.stringify({ cases: files.map((f) => ({ ...f, rows })), threads: [1, 2], iterations }),
		encoding: 'utf8',
		maxBuffer: 16 * 1024 * 1024
	});
	if (run.status !== 0) return { error: (run.stderr || String(run.error)).trim().split('\n').pop(), results: [] as { d: number; k: number; threads1: { msPerIteration: number }; threads2: { msPerIteration: number } }[] };
	return JSON.parse(run.stdout) as { sklearn: string; results: { d: number; k: number; threads1: { msPerIteration: number }; threads2: { msPerIteration: number } }[] };
}

/** Per-iteration ms of the pooled run from C: (run of 1 + N passes - run of 1 pass) / N, each the faster of 2. */
async function poolFigure(pool: ReturnType<typeof createNodePool>, X: Float64Array, C: Float64Array, d: number, k: number): Promise<number> {
	const M = createMatrix(rows, d, X);
	const run = async (maxIterations: number) => {
		const start = performance.now();
		const result = await kmeansPooled(M, { k, init: C, tolerance: 0, maxIterations }, pool);
		return { ms: performance.now() - start, iterations: result.iterations };
	};
	await run(1); // sends the rows to the workers once
	const best = async (maxIterations: number) => {
		const [x, y] = [await run(maxIterations), await run(maxIterations)];
		return x.ms <= y.ms ? x : y;
	};
	const a = await best(1);
	const b = await best(1 + iterations);
	// A run that converged before the cap did fewer passes: divide by the passes it did.
	return (b.ms - a.ms) / Math.max(1, b.iterations - a.iterations);
}

const pool = wasmAvailable() ? createNodePool(2, 'auto') : undefined;
const dir = mkdtempSync(join(tmpdir(), 'kernels-bench-'));
const figures = [];
const files = [];
for (const [d, k] of cases) {
	const { X, C } = data(d, k);
	const x = join(dir, `x-${d}-${k}.f64`);
	const c = join(dir, `c-${d}-${k}.f64`);
	writeFileSync(x, new Uint8Array(X.buffer));
	writeFileSync(c, new Uint8Array(C.buffer));
	files.push({ d, k, x, c });
	const ts = shardFigures(createTsShard(X, rows, d), C, k);
	gc();
	const wasm = wasmAvailable() ? shardFigures(createWasmShard(X, rows, d), C, k) : undefined;
	gc();
	const poolPerIterationMs = pool ? round(await poolFigure(pool, X, C, d, k)) : undefined;
	gc();
	figures.push({ d, k, ts, wasm, poolPerIterationMs });
}
await pool?.terminate();
const reference = sklearn(files);
rmSync(dir, { recursive: true, force: true });

console.log(
	JSON.stringify({
		kernels: {
			rows,
			iterations,
			data: 'gaussian blobs, std 4 around k centres in [-10, 10), seed 42; initial centres = seeded random rows',
			sklearn: 'error' in reference ? `not run: ${reference.error}` : `${reference.sklearn}, Lloyd, (time of 1 + ${iterations} iterations - time of 1) / ${iterations}`,
			target: 'wasm perIterationMs / 2 (pool of 2 shards) <= sklearn 2 threads, i.e. wasmOverSklearn2 <= 2',
			cases: figures.map((f) => {
				const ref = reference.results.find((r) => r.d === f.d && r.k === f.k);
				const s1 = ref ? round(ref.threads1.msPerIteration) : undefined;
				const s2 = ref ? round(ref.threads2.msPerIteration) : undefined;
				return {
					...f,
					sklearn1ThreadMs: s1,
					sklearn2ThreadsMs: s2,
					wasmOverSklearn2: f.wasm && s2 ? round(f.wasm.perIterationMs / s2, 2) : undefined,
					wasmFullPassOverSklearn2: f.wasm && s2 ? round(f.wasm.fullPassMs / s2, 2) : undefined,
					poolOverSklearn2: f.poolPerIterationMs !== undefined && s2 ? round(f.poolPerIterationMs / s2, 2) : undefined
				};
			})
		}
	})
);
