import { afterAll, describe, expect, test } from 'vitest';
import { gaussianBlobs, randomCentres } from '../cluster/blobs';
import { createMatrix, type Matrix } from '../matrix';
import { createRandom } from '../random';
import { pcaBounded, type BoundedPca } from '../stats/pcaBounded';
import { createNodePool } from './nodePool';
import { pcaPooled } from './pcaPooled';
import { createInProcessPool } from './pool';
import { unevenPool } from './testing';

const X = gaussianBlobs({ rows: 1001, centres: randomCentres(4, 6, 5, [-4, 4]), spread: 1.5, seed: 5 }).X;
const nodePool = createNodePool(2);
afterAll(() => nodePool.terminate());

/** Every value of `got` within `relative` x the largest |value| of `expected`. */
function expectClose(got: ArrayLike<number>, expected: ArrayLike<number>, relative = 1e-9): void {
	expect(got.length).toBe(expected.length);
	let scale = 0;
	for (let i = 0; i < expected.length; i++) scale = Math.max(scale, Math.abs(expected[i]));
	let worst = 0;
	for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(got[i] - expected[i]));
	expect(worst).toBeLessThanOrEqual(relative * scale);
}

function expectSameFit(got: BoundedPca, expected: BoundedPca): void {
	expect(Array.from(got.columns)).toEqual(Array.from(expected.columns));
	expectClose(got.explainedVariance, expected.explainedVariance);
	expectClose(got.explainedVarianceRatio, expected.explainedVarianceRatio);
	expectClose(got.mean, expected.mean);
	// The same sign convention (pca.ts's svd_flip) on both sides: no sign to reconcile.
	expectClose(got.components, expected.components);
	expectClose(got.scores, expected.scores);
}

/** Columns of very different spread, so the most variable ones are clear. */
function wideMatrix(rows: number, cols: number, seed: number): Matrix {
	const random = createRandom(seed);
	const scale = Array.from({ length: cols }, () => 0.1 + 5 * random.next());
	const W = createMatrix(rows, cols);
	for (let i = 0; i < rows; i++) {
		const shared = random.next();
		for (let j = 0; j < cols; j++) W.data[i * cols + j] = scale[j] * (random.next() + (j % 3 === 0 ? shared : 0));
	}
	return W;
}

describe('pcaPooled', () => {
	test('pcaPooled(X, one in-process shard) equals pcaBounded(X) exactly', async () => {
		const got = await pcaPooled(X, createInProcessPool(1), { components: 3 });
		const expected = pcaBounded(X, { components: 3 });
		expect(got.explainedVariance).toEqual(expected.explainedVariance);
		expect(Array.from(got.components)).toEqual(Array.from(expected.components));
		expect(Array.from(got.scores)).toEqual(Array.from(expected.scores));
	});

	test.each([2, 3])('pcaPooled(X, %i in-process shards) equals pcaBounded(X) within 1e-9', async (parts) => {
		expectSameFit(await pcaPooled(X, createInProcessPool(parts)), pcaBounded(X));
		expectSameFit(await pcaPooled(X, createInProcessPool(parts), { components: 6 }), pcaBounded(X, { components: 6 }));
	});

	test('pcaPooled(X) on uneven shards (2, 990, 9 rows) equals pcaBounded(X)', async () => {
		expectSameFit(await pcaPooled(X, unevenPool([2, 990, 9]), { components: 4 }), pcaBounded(X, { components: 4 }));
	});

	test('pcaPooled(X) on two worker_threads equals pcaBounded(X), and again on the shards already loaded', async () => {
		expectSameFit(await pcaPooled(X, nodePool), pcaBounded(X));
		expectSameFit(await pcaPooled(X, nodePool, { components: 5 }), pcaBounded(X, { components: 5 }));
	});

	test('pcaPooled(wide X, {maxColumns: 40}) fits the same most variable columns as pcaBounded, shares of the total', async () => {
		const W = wideMatrix(300, 120, 9);
		const expected = pcaBounded(W, { maxColumns: 40 });
		expect(expected.columns).toHaveLength(40);
		expectSameFit(await pcaPooled(W, createInProcessPool(3), { maxColumns: 40 }), expected);
		expectSameFit(await pcaPooled(W, unevenPool([1, 200, 99]), { maxColumns: 40 }), expected);
		expectSameFit(await pcaPooled(W, nodePool, { maxColumns: 40 }), expected);
	});

	test('pcaPooled(X with a missing value) rejects with pca()\'s message', async () => {
		const holed = createMatrix(X.rows, X.cols, X.data.slice());
		holed.data[700 * X.cols + 2] = Number.NaN;
		expect(() => pcaBounded(holed)).toThrow('PCA needs complete data: column 2 has missing values (impute or drop them first)');
		await expect(pcaPooled(holed, createInProcessPool(2))).rejects.toThrow('PCA needs complete data: column 2 has missing values (impute or drop them first)');
		await expect(pcaPooled(holed, nodePool)).rejects.toThrow('PCA needs complete data: column 2 has missing values (impute or drop them first)');
	});

	test('pcaPooled(one row) rejects with pca()\'s message before loading any shard', async () => {
		await expect(pcaPooled(createMatrix(1, 3), createInProcessPool(2))).rejects.toThrow('PCA needs at least 2 rows and 1 column (got 1 x 3)');
	});
});
