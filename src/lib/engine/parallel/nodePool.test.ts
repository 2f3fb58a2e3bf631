import { afterAll, describe, expect, test } from 'vitest';
import { gaussianBlobs, randomCentres } from '../cluster/blobs';
import { runMetrics } from '../results/runMetrics';
import { kmeansPooled } from './kmeansPooled';
import { runMetricsPooled } from './metricsPooled';
import { createNodePool } from './nodePool';
import { createInProcessPool } from './pool';

const X = gaussianBlobs({ rows: 3000, centres: randomCentres(5, 6, 11, [-4, 4]), spread: 1.5, seed: 11 }).X;
const pool = createNodePool(2);
afterAll(() => pool.terminate());

describe('createNodePool', () => {
	test('kmeansPooled(X, {k: 5}) on two worker_threads equals two in-process shards', async () => {
		const options = { k: 5, seed: 3, restarts: 2, workBudget: 0 };
		const expected = await kmeansPooled(X, options, createInProcessPool(2));
		const got = await kmeansPooled(X, options, pool);
		expect(Array.from(got.labels)).toEqual(Array.from(expected.labels));
		expect(got.inertia).toBe(expected.inertia);
		expect(got.params.workers).toBe(2);
		// The second run on the same matrix reuses the shards the workers already hold.
		const again = await kmeansPooled(X, options, pool);
		expect(Array.from(again.labels)).toEqual(Array.from(expected.labels));
	});

	test('runMetricsPooled(X) on worker_threads matches runMetrics', async () => {
		const cluster = await kmeansPooled(X, { k: 4 }, pool);
		const expected = runMetrics(X, cluster, { silhouette: { sampleSize: 500 } });
		const got = await runMetricsPooled(X, cluster, { silhouette: { sampleSize: 500 } }, pool);
		expect(got.silhouette).toBeCloseTo(expected.silhouette!, 12);
		expect(got.daviesBouldin).toBeCloseTo(expected.daviesBouldin!, 12);
		expect(Math.abs(got.calinskiHarabasz! / expected.calinskiHarabasz! - 1)).toBeLessThan(1e-9);
	});

	test('a shard worker\'s error rejects the call with its message', async () => {
		const { shards } = await pool.shardsFor(X);
		await expect(shards[0].call('row', [1e9])).rejects.toThrow('row 1000000000 is outside this shard\'s 1500 rows');
		await expect(shards[1].call('nonsense', [])).rejects.toThrow('a shard has no method "nonsense"');
		// The worker survives its error and answers the next call.
		expect(await shards[0].call('row', [0])).toEqual(X.data.slice(0, 6));
	});

	test('terminate() rejects later calls', async () => {
		const short = createNodePool(2);
		const { shards } = await short.shardsFor(X);
		short.terminate();
		await expect(shards[0].call('row', [0])).rejects.toThrow('the worker pool was terminated');
	});
});
