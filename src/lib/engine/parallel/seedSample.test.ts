import { describe, expect, test } from 'vitest';
import { gaussianBlobs, randomCentres } from '../cluster/blobs';
import { kmeans } from '../cluster/kmeans';
import { kmeansPlusPlus } from '../cluster/kmeansPlusPlus';
import { createMatrix } from '../matrix';
import { createRandom, sampleIndices } from '../random';
import { kmeansPooled } from './kmeansPooled';
import { SEED_SAMPLE_FROM, SEED_SAMPLE_SIZE } from './kmeansDriver';
import { createInProcessPool } from './pool';

describe('k-means++ on a sample above SEED_SAMPLE_FROM rows', () => {
	const X = gaussianBlobs({ rows: SEED_SAMPLE_FROM + 20_001, centres: randomCentres(5, 4, 9, [-4, 4]), spread: 1.2, seed: 3 }).X;

	test('kmeans(X) seeds from the sample: its first start equals k-means++ on those rows followed by Lloyd on every row', () => {
		const options = { k: 5, seed: 11, restarts: 1, workBudget: 0 };
		const got = kmeans(X, options);
		// The sample the driver draws: seed + 3, SEED_SAMPLE_SIZE rows, in row order.
		const rows = sampleIndices(X.rows, SEED_SAMPLE_SIZE, createRandom(14));
		const sample = createMatrix(rows.length, X.cols);
		rows.forEach((i, p) => sample.data.set(X.data.subarray(i * X.cols, i * X.cols + X.cols), p * X.cols));
		const init = kmeansPlusPlus(sample, 5, createRandom(11)).centres;
		const fromInit = kmeans(X, { k: 5, init });
		expect(Array.from(got.labels)).toEqual(Array.from(fromInit.labels));
		expect(got.inertia).toBe(fromInit.inertia);
	});

	test('kmeansPooled over three in-process shards draws the same sample and gives kmeans()\'s labels', async () => {
		const options = { k: 5, seed: 4, restarts: 2, workBudget: 0 };
		const pooled = await kmeansPooled(X, options, createInProcessPool(3));
		const single = kmeans(X, options);
		expect(Array.from(pooled.labels)).toEqual(Array.from(single.labels));
		expect(pooled.inertia).toBeCloseTo(single.inertia, 6);
	});

	test('kmeans(X) falls back to drawing from every row when the sample holds fewer than k distinct rows', () => {
		// Every row at the origin but three far points: a 50,000-row sample almost surely misses some of them.
		const n = SEED_SAMPLE_FROM + 1;
		const Y = createMatrix(n, 2);
		[[n - 1, 100], [n - 2, -100], [n - 3, 50]].forEach(([row, v]) => (Y.data[row * 2] = v));
		const sampled = new Set(sampleIndices(n, SEED_SAMPLE_SIZE, createRandom(1 + 3)));
		expect([n - 1, n - 2, n - 3].every((row) => sampled.has(row))).toBe(false);
		const got = kmeans(Y, { k: 4, seed: 1, restarts: 1, workBudget: 0 });
		expect(got.k).toBe(4);
		expect(got.inertia).toBe(0);
	});
});
