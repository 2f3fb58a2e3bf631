import { describe, expect, test } from 'vitest';
import { referenceCases, referenceMatrix } from '../../../../tests/helpers/fixtures';
import { gaussianBlobs, randomCentres } from '../cluster/blobs';
import { kmeans, type KMeansOptions } from '../cluster/kmeans';
import { summariseMatrix } from '../cluster/summary';
import type { Matrix } from '../matrix';
import { runMetrics } from '../results/runMetrics';
import { CancelledError } from '../progress';
import { kmeansPooled } from './kmeansPooled';
import { runMetricsPooled } from './metricsPooled';
import { kmeansOverShards } from './kmeansDriver';
import { createInProcessPool, splitRows } from './pool';
import { runShardsAsync, runShardsSync } from './shardCalls';
import { createShardHost } from './shardHost';
import { createTsShard } from './tsShard';
import { makeShard } from './makeShard';
import { wasmAvailable } from '../wasm/wasmShard';

function blobs(rows: number, d: number, k: number, seed: number): Matrix {
	return gaussianBlobs({ rows, centres: randomCentres(k, d, seed, [-4, 4]), spread: 1.5, seed }).X;
}

/** Data sets of several widths: the wholesale reference cases (6 features) and blobs of 3, 8 and 11. */
const datasets: [string, () => Matrix][] = [
	...referenceCases.map((name) => [name, () => referenceMatrix(name)] as [string, () => Matrix]),
	['blobs 3d', () => blobs(1500, 3, 4, 1)],
	['blobs 8d', () => blobs(1200, 8, 6, 2)],
	['blobs 11d', () => blobs(900, 11, 5, 3)]
];

function relative(a: number, b: number): number {
	return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

describe('kmeansPooled', () => {
	for (const [name, load] of datasets) {
		for (const [k, seed] of [[3, 42], [6, 7]]) {
			const options: KMeansOptions = { k, seed, restarts: 3, workBudget: 0 };
			test(`kmeansPooled(${name}, {k: ${k}, seed: ${seed}}) on one in-process shard equals kmeans()`, async () => {
				const X = load();
				const expected = kmeans(X, options);
				const got = await kmeansPooled(X, options, createInProcessPool(1, createTsShard));
				expect(Array.from(got.labels)).toEqual(Array.from(expected.labels));
				// kmeans() runs on the WebAssembly shard here: same labels, centres (the assigned ones, as
				// scikit-learn's) from sums added in another order, so the inertia agrees to rounding.
				expect(Math.abs(got.inertia - expected.inertia)).toBeLessThanOrEqual(1e-12 * expected.inertia);
				expect(got.sizes).toEqual(expected.sizes);
				expect(got.iterations).toBe(expected.iterations);
				expect(got.params.workers).toBe(0);
			});
			test(`kmeansPooled(${name}, {k: ${k}, seed: ${seed}}) on three shards gives one shard's labels`, async () => {
				const X = load();
				const one = await kmeansPooled(X, options, createInProcessPool(1, createTsShard));
				const three = await kmeansPooled(X, options, createInProcessPool(3, createTsShard));
				expect(Array.from(three.labels)).toEqual(Array.from(one.labels));
				expect(relative(three.inertia, one.inertia)).toBeLessThan(1e-9);
			});
		}
	}

	test('kmeansPooled(X, {k, init}) runs once from the given centres, as kmeans() does', async () => {
		const X = blobs(800, 5, 4, 9);
		const init = X.data.slice(0, 4 * 5);
		const expected = kmeans(X, { k: 4, init });
		const got = await kmeansPooled(X, { k: 4, init }, createInProcessPool(2, createTsShard));
		expect(Array.from(got.labels)).toEqual(Array.from(expected.labels));
		expect(got.params.init).toBe('explicit');
	});

	test('kmeansPooled(X, {k}) re-seeds empty clusters as kmeans() does and keeps the labels of a full pass', async () => {
		// Three centres sit far from all data: every start empties them and the farthest rows move there.
		const X = blobs(600, 2, 3, 4);
		const init = new Float64Array([0, 0, 1, 1, 100, 100, 200, 200, 300, 300]);
		const expected = kmeans(X, { k: 5, init, method: 'lloyd' });
		const got = await kmeansPooled(X, { k: 5, init }, createInProcessPool(3, createTsShard));
		expect(Array.from(got.labels)).toEqual(Array.from(expected.labels));
		expect(relative(got.inertia, expected.inertia)).toBeLessThan(1e-9);
	});

	test('kmeansPooled(X, {k: 4, shouldStop}) throws CancelledError', async () => {
		const X = blobs(2000, 4, 4, 5);
		let calls = 0;
		await expect(kmeansPooled(X, { k: 4, shouldStop: () => ++calls > 3 }, createInProcessPool(2, createTsShard))).rejects.toBeInstanceOf(CancelledError);
	});

	test('kmeansPooled(X, {k: 3}) with fewer distinct rows than k names them', async () => {
		const X = { rows: 4, cols: 1, data: new Float64Array([1, 1, 2, 2]) };
		await expect(kmeansPooled(X, { k: 3 }, createInProcessPool(2, createTsShard))).rejects.toThrow(/only 2 distinct rows/);
	});
});

describe('makeShard', () => {
	for (const [name, load] of datasets) {
		test.runIf(wasmAvailable())(`kmeansPooled(${name}) on makeShard's WebAssembly shards gives the TypeScript shards' labels`, async () => {
			const X = load();
			const options: KMeansOptions = { k: 5, seed: 42, restarts: 3, workBudget: 0 };
			const ts = await kmeansPooled(X, options, createInProcessPool(2, createTsShard));
			const wasm = await kmeansPooled(X, options, createInProcessPool(2, makeShard));
			expect(Array.from(wasm.labels)).toEqual(Array.from(ts.labels));
			expect(relative(wasm.inertia, ts.inertia)).toBeLessThan(1e-9);
		});
	}
});

describe('runMetricsPooled', () => {
	for (const [name, load] of datasets) {
		test(`runMetricsPooled(${name}) matches runMetrics within 1e-9`, async () => {
			const X = load();
			const cluster = kmeans(X, { k: 4, restarts: 2, workBudget: 0 });
			// A sample smaller than the rows, so the sampled path is the one compared.
			const options = { silhouette: { sampleSize: 700, seed: 3 } };
			const expected = runMetrics(X, cluster, options);
			const got = await runMetricsPooled(X, cluster, options, createInProcessPool(3, createTsShard));
			expect(got.silhouetteSampled).toBe(expected.silhouetteSampled);
			for (const key of ['silhouette', 'daviesBouldin', 'calinskiHarabasz'] as const) {
				expect(relative(got[key]!, expected[key]!)).toBeLessThan(1e-9);
			}
		});
	}

	test('runMetricsPooled(X, one segment) gives runMetrics\' note instead of scores', async () => {
		const X = blobs(50, 2, 1, 1);
		const cluster = kmeans(X, { k: 1 });
		expect(await runMetricsPooled(X, cluster, {}, createInProcessPool(2, createTsShard))).toEqual(runMetrics(X, cluster));
	});
});

describe('splitRows', () => {
	test('splitRows(10, 3) gives contiguous sizes differing by at most one', () => {
		expect(splitRows(10, 3)).toEqual([3, 3, 4]);
		expect(splitRows(2, 4)).toEqual([1, 1]);
	});
});

describe('kmeansOverShards', () => {
	test('runShardsSync(kmeansOverShards(...), hosts) gives kmeansPooled\'s labels without a pool', async () => {
		const X = blobs(700, 4, 3, 8);
		const input = { shardRows: [350, 350], d: 4, k: 3, seed: 5, starts: 2, maxIterations: 300, tolerance: 0, summary: summariseMatrix(X, 'test') };
		const hosts = [createShardHost(X.data.subarray(0, 1400), 350, 4, createTsShard), createShardHost(X.data.subarray(1400), 350, 4, createTsShard)];
		const sync = runShardsSync(kmeansOverShards(input), hosts);
		const pooled = await runShardsAsync(kmeansOverShards(input), (await createInProcessPool(2, createTsShard).shardsFor(X)).shards);
		expect(Array.from(sync.labels)).toEqual(Array.from(pooled.labels));
		expect(sync.inertia).toBe(pooled.inertia);
	});
});
