// The shard pool (engine/parallel) against one thread: per-iteration k-means at 1M rows for the
// (d, k) pairs of issue 10's table, on a pool of 2 shards, one in this thread and one on a worker_thread (TypeScript shards; the WebAssembly
// shards too where they run) and on kmeans() in this thread, both from the same explicit
// centres with tolerance 0 and a fixed iteration cap, so both run the same passes. Also: the time
// to send the rows to the workers once, and peak memory (RSS growth over the table while the pool makes
// its shards from it, holds them and iterates) against the prepared matrix's size (issue 10's target:
// <= 2.5x). The matrix is prepared lazily, as the app and the CLI prepare it, so the pool's shards are
// the only full copy of the prepared rows.
// The peak is that of loading and one run (the time is that of a second, warm run). Beside the ratio, a
// breakdown: the fixed cost of starting the worker (RSS growth of a pool over a 4-row matrix) and what
// the pool added per row once loaded and at its peak, that fixed cost taken off.
// Each case runs in a fresh process: freed memory a process keeps (malloc arenas, V8's heap) would
// otherwise make one case's figures depend on the cases before it. Workers run the shard worker
// bundled into one .mjs, as the CLI runs them (cli/bundle.mjs); --worker tsx loads the TypeScript
// through tsx in each worker instead (what tests do; ~20 MB more per worker).
// Data: seeded Gaussian blobs, k true centres in [-4, 4), standard deviation 1.5 (overlapping, so
// runs do not converge in two passes). Prints one JSON object on one line.
// Run: node --expose-gc --import tsx bench/pool.ts [--quick] [--rows N] [--pairs 6x5,6x200] [--kinds ts,auto] [--worker tsx]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { gaussianBlobs, randomCentres } from '../src/lib/engine/cluster/blobs';
import { kmeans, type KMeansOptions } from '../src/lib/engine/cluster/kmeans';
import { prepare, prepareLazily } from '../src/lib/engine/prep/prepare';
import type { Recipe } from '../src/lib/engine/prep/recipe';
import type { Table } from '../src/lib/engine/table';
import { kmeansPooled } from '../src/lib/engine/parallel/kmeansPooled';
import { createNodePool } from '../src/lib/engine/parallel/nodePool';
import type { ShardKind } from '../src/lib/engine/parallel/protocol';
import { wasmAvailable } from '../src/lib/engine/wasm/wasmShard';

const flag = (name: string) => {
	const at = process.argv.indexOf(name);
	return at > 0 ? process.argv[at + 1] : undefined;
};
const quick = process.argv.includes('--quick');
const rows = Number(flag('--rows') ?? (quick ? 100_000 : 1_000_000));
const iterations = quick ? 5 : 20;
const workers = 2;
const script = flag('--script');
const startPool = (kind: ShardKind) => createNodePool(workers, kind, script ? pathToFileURL(script) : undefined);
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
	/** peakOverMatrix without the workers' start-up (fixedMB): what grows with the rows. */
	peakOverMatrixPastStartup: number;
	/** RSS growth right after the rows were sent, the workers' fixed cost taken off, per row. */
	loadedBytesPerRow: number;
	/** RSS growth at the peak (loading and iterating), the fixed cost taken off, per row. */
	peakBytesPerRow: number;
	sameLabels: boolean;
}

/** RSS growth of a started pool of `kind` over a 4-row matrix after a short run: what the workers cost whatever the rows. */
async function fixedCost(kind: ShardKind): Promise<number> {
	const tiny = gaussianBlobs({ rows: 2 * workers, centres: randomCentres(2, 2, 7, [-4, 4]), spread: 1.5, seed: 1 }).X;
	await settle();
	const baseline = process.memoryUsage().rss;
	const pool = startPool(kind);
	try {
		await kmeansPooled(tiny, { k: 2, init: tiny.data.slice(0, 4), tolerance: 0, maxIterations: 2 }, pool);
		return process.memoryUsage().rss - baseline;
	} finally {
		pool.terminate();
	}
}

/** Full collections with pauses between, so freed buffers have left the resident set before a baseline. */
async function settle(): Promise<void> {
	for (let i = 0; i < 3; i++) {
		gc();
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** The blobs as a table of d numeric columns (what the app and the CLI hold), the matrix let go. */
function blobTable(d: number, k: number): Table {
	const X = gaussianBlobs({ rows, centres: randomCentres(k, d, 7, [-4, 4]), spread: 1.5, seed: 42 }).X;
	const columns = Array.from({ length: d }, (_, j) => {
		const values = new Float64Array(rows);
		for (let i = 0; i < rows; i++) values[i] = X.data[i * d + j];
		return { name: `x${j}`, type: 'numeric' as const, role: 'feature' as const, values };
	});
	return { rowCount: rows, columns };
}

async function measure(d: number, k: number, kind: ShardKind, fixed: number): Promise<Row> {
	const table = blobTable(d, k);
	// No scaling, so the prepared matrix holds the blobs' own values; prepared lazily, as the app and the
	// CLI prepare it: the pool's shards are made from the table chunk by chunk and hold the only full copy.
	const recipe: Recipe = { version: 1, scaler: 'none', features: table.columns.map((c) => ({ column: c.name })) };
	const matrixBytes = rows * d * 8;

	// The fit (row index, fill values, scales) before the baseline, as the app's cache fits it at the sweep,
	// long before a run; the blobs' matrix and the fit's columns are garbage by then, given time to be freed.
	const source = prepareLazily(table, recipe).source!;
	// Tolerance 0 and no strict stop in practice: both sides run `iterations` passes plus the final assignment.
	const options: KMeansOptions = { k, init: source.take(Int32Array.from({ length: k }, (_, i) => i)).data, tolerance: 0, maxIterations: iterations };
	await settle();

	// The pool first, so this thread's own run leaves nothing behind that the pool's figures would reuse.
	const baseline = process.memoryUsage().rss;
	let peak = baseline;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	const pool = startPool(kind);
	let loadMs: number, poolMs: number, loaded: number;
	let labels: Int32Array;
	let iterationsRun: number;
	try {
		let t = performance.now();
		await pool.shardsFor(source);
		loadMs = performance.now() - t;
		loaded = process.memoryUsage().rss;
		peak = Math.max(peak, loaded);
		// The peak is that of loading and one run, as the app's first run after a sweep makes it.
		labels = (await kmeansPooled(source, options, pool)).labels;
		peak = Math.max(peak, process.memoryUsage().rss);
		clearInterval(sampler);
		// The time is that of the same run again, on warm code (this thread's kmeans() below gets a warm-up too).
		t = performance.now();
		const pooled = await kmeansPooled(source, options, pool);
		poolMs = performance.now() - t;
		iterationsRun = pooled.iterations;
	} finally {
		clearInterval(sampler);
		pool.terminate();
	}

	const X = prepare(table, recipe).X;
	kmeans(X, { ...options, maxIterations: 2 });
	gc();
	const start = performance.now();
	const single = kmeans(X, options);
	const oneThreadMs = performance.now() - start;
	const passes = iterationsRun + 1;
	return {
		shards: kind === 'ts' || !wasmAvailable() ? 'typescript' : 'webassembly',
		d,
		k,
		rows,
		iterations: iterationsRun,
		poolMsPerIteration: round(poolMs / passes, 2),
		oneThreadMsPerIteration: round(oneThreadMs / (single.iterations + 1), 2),
		speedup: round(oneThreadMs / (single.iterations + 1) / (poolMs / passes), 2),
		loadMs: round(loadMs),
		matrixMB: round(matrixBytes / 2 ** 20),
		// Everything the run added over the table (this thread holds no full copy of the prepared rows: the pool does).
		peakOverMatrix: round((peak - baseline) / matrixBytes, 2),
		peakOverMatrixPastStartup: round((peak - baseline - fixed) / matrixBytes, 2),
		loadedBytesPerRow: round((loaded - baseline - fixed) / rows),
		peakBytesPerRow: round((peak - baseline - fixed) / rows),
		sameLabels: labels.every((label, i) => label === single.labels[i])
	};
}

/** The shard worker as one .mjs in a fresh temporary directory, as cli/bundle.mjs builds it for the CLI. */
function bundleWorker(): string {
	const outfile = join(mkdtempSync(join(tmpdir(), 'segment-lab-pool-')), 'shardWorker.node.mjs');
	const entry = fileURLToPath(new URL('../src/lib/engine/parallel/shardWorker.node.ts', import.meta.url));
	buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
	return outfile;
}

/** Runs this file again for one case (`--case fixed:auto` or `--case 6x5:auto`) and returns its JSON. */
function inChild(what: string, extra: string[] = []): unknown {
	const args = ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--case', what, '--rows', String(rows), ...extra, ...(quick ? ['--quick'] : [])];
	const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
	if (run.status !== 0) throw new Error(`bench/pool.ts --case ${what} exited with ${run.status}`);
	return JSON.parse(run.stdout.trim().split('\n').pop() ?? 'null');
}

const only = flag('--case');
if (only) {
	const [what, kind] = only.split(':') as [string, ShardKind];
	if (what === 'fixed') console.log(JSON.stringify(await fixedCost(kind)));
	else {
		const [d, k] = what.split('x').map(Number);
		console.log(JSON.stringify(await measure(d, k, kind, Number(flag('--fixed') ?? 0))));
	}
} else {
	const pairs: [number, number][] =
		flag('--pairs')
			?.split(',')
			.map((pair) => pair.split('x').map(Number) as [number, number]) ??
		(quick
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
				]);
	// The TypeScript shards, and the WebAssembly ones where they run (makeShard's choice).
	const kinds = (flag('--kinds')?.split(',') as ShardKind[] | undefined) ?? (wasmAvailable() ? ['ts', 'auto'] : ['ts']);
	const worker = flag('--worker') === 'tsx' ? 'tsx' : 'bundle';
	const bundled = worker === 'bundle' ? bundleWorker() : undefined;
	const scriptArgs = bundled ? ['--script', bundled] : [];
	const fixed = new Map(kinds.map((kind) => [kind, inChild(`fixed:${kind}`, scriptArgs) as number]));
	const results: Row[] = [];
	for (const [d, k] of pairs) {
		for (const kind of kinds) results.push(inChild(`${d}x${k}:${kind}`, [...scriptArgs, '--fixed', String(fixed.get(kind))]) as Row);
	}
	// Worker start-up (Node's isolate, the engine's modules, a WebAssembly instance), per kind: the fixed part of the peak.
	const fixedMB = Object.fromEntries(kinds.map((kind) => [kind === 'ts' ? 'typescript' : 'webassembly', round(fixed.get(kind)! / 2 ** 20)]));
	if (bundled) rmSync(dirname(bundled), { recursive: true, force: true });
	console.log(JSON.stringify({ pool: { workers, worker, wasm: wasmAvailable(), fixedMB, results } }));
}
