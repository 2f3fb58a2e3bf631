import { describe, expect, test } from 'vitest';
import { gaussianBlobs, randomCentres } from '../cluster/blobs';
import { createInProcessPool } from '../parallel/pool';
import { segmentProjection } from './segmentProjection';
import { segmentProjectionPooled } from './segmentProjectionPooled';

const X = gaussianBlobs({ rows: 800, centres: randomCentres(3, 5, 2, [-4, 4]), spread: 1, seed: 4 }).X;
const run = { k: 3, centroidsScaled: [[0, 1, 2, 3, 4], [-1, 0, 1, 0, -1], [2, 2, 2, 2, 2]] };

function expectClose(got: ArrayLike<number>, expected: ArrayLike<number>): void {
	let scale = 0;
	let worst = 0;
	for (let i = 0; i < expected.length; i++) {
		scale = Math.max(scale, Math.abs(expected[i]));
		worst = Math.max(worst, Math.abs(got[i] - expected[i]));
	}
	expect(got.length).toBe(expected.length);
	expect(worst).toBeLessThanOrEqual(1e-9 * scale);
}

describe('segmentProjectionPooled', () => {
	test('segmentProjectionPooled(X, run, 3 in-process shards) equals segmentProjection(X, run)', async () => {
		const expected = segmentProjection(X, run);
		const got = await segmentProjectionPooled(X, run, createInProcessPool(3));
		expectClose(got.x, expected.x);
		expectClose(got.y, expected.y);
		expectClose(got.explained, expected.explained);
		expectClose(got.centroids.flatMap((c) => [c.x, c.y]), expected.centroids.flatMap((c) => [c.x, c.y]));
		expect(got.centroids.map((c) => c.label)).toEqual([0, 1, 2]);
	});
});
