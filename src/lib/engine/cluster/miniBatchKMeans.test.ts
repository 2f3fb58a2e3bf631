import { describe, expect, test } from 'vitest';
import { fromRows } from '../matrix';
import { gaussianBlobs, randomCentres } from './blobs';
import { kmeans } from './kmeans';
import { MINIBATCH_THRESHOLD, miniBatchKMeans } from './miniBatchKMeans';

const { X } = gaussianBlobs({ rows: 20_000, centres: randomCentres(5, 4, 3), seed: 8 });

describe('miniBatchKMeans', () => {
	test('miniBatchKMeans(blobs, {k: 5}) is within 1% of k-means inertia and agrees on 99% of rows', () => {
		const got = miniBatchKMeans(X, { k: 5 });
		const full = kmeans(X, { k: 5, restarts: 3 });
		expect(got.inertia / full.inertia).toBeLessThan(1.01);
		let same = 0;
		for (let i = 0; i < X.rows; i++) if (got.labels[i] === full.labels[i]) same++;
		expect(same / X.rows).toBeGreaterThan(0.99);
		expect(got.algorithm).toBe('minibatch-kmeans');
		expect(got.params.batchSize).toBe(1024);
	});

	test('miniBatchKMeans(X, {k: 4, seed: 1}) is deterministic', () => {
		const a = miniBatchKMeans(X, { k: 4, seed: 1 });
		const b = miniBatchKMeans(X, { k: 4, seed: 1 });
		expect(a.labels).toEqual(b.labels);
		expect(a.centroids).toEqual(b.centroids);
		expect(a.iterations).toBe(b.iterations);
	});

	test('miniBatchKMeans returns segments numbered by size with centroids = means of members', () => {
		const got = miniBatchKMeans(X, { k: 3, batchSize: 256 });
		for (let c = 1; c < got.k; c++) expect(got.sizes[c]).toBeLessThanOrEqual(got.sizes[c - 1]);
		const again = kmeans(X, { k: 3, init: got.centroids, maxIterations: 1 });
		expect(again.sizes).toEqual(got.sizes);
	});

	test('miniBatchKMeans(two obvious groups, {k: 2, batchSize: 2}) finds them', () => {
		const got = miniBatchKMeans(fromRows([[0], [1], [10], [11], [12]]), { k: 2, batchSize: 2 });
		expect(Array.from(got.labels)).toEqual([1, 1, 0, 0, 0]);
	});

	test('miniBatchKMeans refuses NaN, a bad k or batch size, and stops on request', () => {
		expect(() => miniBatchKMeans(fromRows([[NaN]]), { k: 1 })).toThrow('missing value');
		expect(() => miniBatchKMeans(fromRows([[0], [1]]), { k: 3 })).toThrow('k = 3 but there are only 2 rows');
		expect(() => miniBatchKMeans(fromRows([[0], [1]]), { k: 1, batchSize: 0 })).toThrow('batchSize must be an integer >= 1');
		expect(() => miniBatchKMeans(X, { k: 2, shouldStop: () => true })).toThrow('cancelled');
	});

	test('MINIBATCH_THRESHOLD is 200,000 rows', () => {
		expect(MINIBATCH_THRESHOLD).toBe(200_000);
	});
});
