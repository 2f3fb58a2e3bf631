import { afterAll, describe, expect, test } from 'vitest';
import { fitKnn } from '../classify/knn';
import { createMatrix, fromRows, type Matrix } from '../matrix';
import { CancelledError } from '../progress';
import { createRandom } from '../random';
import { kneighboursPooled, knnPredictPooled, type PooledKnnOptions } from './knnPooled';
import { createNodePool } from './nodePool';
import { createInProcessPool, type ShardPool } from './pool';
import { unevenPool } from './testing';

/** Whole numbers in 0..levels-1: many duplicate rows and equal distances, across every shard boundary. */
function grid(rows: number, d: number, levels: number, seed: number): Matrix {
	const random = createRandom(seed);
	return createMatrix(rows, d, Float64Array.from({ length: rows * d }, () => random.int(levels)));
}

function labelsFor(X: Matrix, seed: number): Int32Array {
	const random = createRandom(seed);
	return Int32Array.from({ length: X.rows }, () => random.int(4));
}

const train = grid(600, 3, 5, 1);
const y = labelsFor(train, 2);
const queries = grid(300, 3, 5, 3);
const nodePool = createNodePool(2);
afterAll(() => nodePool.terminate());

async function expectSameNeighbours(trainX: Matrix, q: Matrix, count: number, pool: ShardPool, options: PooledKnnOptions = {}): Promise<void> {
	const expected = fitKnn(trainX, new Int32Array(trainX.rows)).kneighbours(q, count);
	const got = await kneighboursPooled(trainX, q, count, pool, options);
	expect(got.count).toBe(expected.count);
	expect(Array.from(got.indices)).toEqual(Array.from(expected.indices));
	expect(Array.from(got.squaredDistances)).toEqual(Array.from(expected.squaredDistances));
}

const splits = ['training', 'queries'] as const;

describe('kneighboursPooled', () => {
	test.each(splits.flatMap((split) => [1, 2, 3].map((parts) => [split, parts] as const)))(
		'kneighboursPooled(train, queries, count, {split: %s}) on %i in-process shards equals fitKnn(...).kneighbours, ties included',
		async (split, parts) => {
			for (const count of [1, 5, 17]) await expectSameNeighbours(train, queries, count, createInProcessPool(parts), { split });
		}
	);

	test('kneighboursPooled on uneven shards (1, 3, 596 rows) with count above a shard\'s rows equals fitKnn', async () => {
		const pool = unevenPool([1, 3, 596]);
		for (const count of [2, 5, 40]) await expectSameNeighbours(train, queries, count, pool);
	});

	test.each(splits)('kneighboursPooled(count > training rows, {split: %s}) returns every training row, as fitKnn does', async (split) => {
		await expectSameNeighbours(train, createMatrix(20, 3, queries.data.slice(0, 60)), 700, createInProcessPool(3), { split });
	});

	test('kneighboursPooled({split: queries}) on uneven query shards (1, 2, 297 rows) equals fitKnn', async () => {
		await expectSameNeighbours(train, queries, 5, unevenPool([1, 2, 297]), { split: 'queries' });
	});

	test('kneighboursPooled splits the queries when they outnumber the training rows', async () => {
		// A pool that only has shards of the right size for the query matrix: splitting the training rows would throw.
		await expectSameNeighbours(createMatrix(20, 3, train.data.slice(0, 60)), queries, 4, unevenPool([100, 100, 100]));
	});

	test('kneighboursPooled: identical rows split over shards come back in training order', async () => {
		const same = fromRows([[1, 1], [1, 1], [1, 1], [1, 1], [0, 0]]);
		const got = await kneighboursPooled(same, fromRows([[1, 1]]), 4, unevenPool([1, 1, 3]));
		expect(Array.from(got.indices)).toEqual([0, 1, 2, 3]);
		expect(Array.from(got.squaredDistances)).toEqual([0, 0, 0, 0]);
	});

	test('kneighboursPooled on 14 features (brute force in each shard) equals fitKnn', async () => {
		const wide = grid(500, 14, 3, 7);
		await expectSameNeighbours(wide, grid(120, 14, 3, 8), 6, createInProcessPool(3));
		await expectSameNeighbours(wide, grid(120, 14, 3, 8), 6, unevenPool([250, 1, 249]));
		await expectSameNeighbours(wide, grid(120, 14, 3, 8), 6, createInProcessPool(3), { split: 'queries' });
	});

	test.each(splits)('kneighboursPooled({split: %s}) on two worker_threads equals fitKnn, kd-tree and brute force', async (split) => {
		await expectSameNeighbours(train, queries, 9, nodePool, { split });
		await expectSameNeighbours(grid(500, 14, 3, 7), grid(120, 14, 3, 8), 6, nodePool, { split });
	});

	test.each(splits)('kneighboursPooled({split: %s}) over several blocks of queries reports progress to 1 and stops when asked', async (split) => {
		const many = grid(9000, 3, 5, 4);
		await expectSameNeighbours(train, many, 5, createInProcessPool(2), { split });
		const fractions: number[] = [];
		await kneighboursPooled(train, many, 5, createInProcessPool(2), { split, onProgress: (f) => fractions.push(f) });
		expect(fractions.length).toBeGreaterThanOrEqual(3);
		expect(fractions.at(-1)).toBe(1);
		let calls = 0;
		const stopping = kneighboursPooled(train, many, 5, createInProcessPool(2), { split, shouldStop: () => ++calls > 2 });
		await expect(stopping).rejects.toBeInstanceOf(CancelledError);
	});

	test('kneighboursPooled rejects a missing query value with fitKnn\'s message', async () => {
		const holed = createMatrix(2, 3, Float64Array.of(1, 2, 3, 4, Number.NaN, 6));
		expect(() => fitKnn(train, y).kneighbours(holed)).toThrow('query row 1, column 1 is missing or infinite; impute or drop it first');
		await expect(kneighboursPooled(train, holed, 3, createInProcessPool(2))).rejects.toThrow('query row 1, column 1 is missing or infinite; impute or drop it first');
		await expect(kneighboursPooled(train, createMatrix(1, 2), 3, createInProcessPool(2))).rejects.toThrow('queries have 2 columns, the model was trained on 3');
	});
});

describe('knnPredictPooled', () => {
	test.each([1, 2, 3])('knnPredictPooled({X, y, k: 7}) on %i in-process shards equals fitKnn(X, y, {k: 7}).predict and predictProba', async (parts) => {
		const model = fitKnn(train, y, { k: 7 });
		const got = await knnPredictPooled({ X: train, y, k: 7 }, queries, createInProcessPool(parts));
		expect(Array.from(got.labels)).toEqual(Array.from(model.predict(queries)));
		expect(Array.from(got.classes)).toEqual(Array.from(model.classes));
		expect(Array.from(got.votes, (v) => v / 7)).toEqual(Array.from(model.predictProba(queries).data));
	});

	test.each(splits)('knnPredictPooled({split: %s}) on two worker_threads equals fitKnn(...).predict', async (split) => {
		const got = await knnPredictPooled({ X: train, y, k: 5 }, queries, nodePool, { split });
		expect(Array.from(got.labels)).toEqual(Array.from(fitKnn(train, y, { k: 5 }).predict(queries)));
	});

	test('knnPredictPooled(k above the training rows) rejects with fitKnn\'s message', async () => {
		await expect(knnPredictPooled({ X: train, y, k: 601 }, queries, createInProcessPool(2))).rejects.toThrow('k = 601 exceeds the 600 training rows');
	});
});
