import { afterAll, describe, expect, test } from 'vitest';
import { fitKnn } from '../classify/knn';
import { classifierJson } from '../model/build';
import { scoreTable } from '../model/score';
import { smallModel } from '../model/testing';
import type { SegmentModel } from '../model/types';
import { applyFitted } from '../prep/applyFitted';
import { categorical, numeric, tableOf } from '../prep/testing';
import { createRandom } from '../random';
import type { Table } from '../table';
import { createNodePool } from './nodePool';
import { createInProcessPool, type ShardPool } from './pool';
import { scoreTablePooled } from './scoreTablePooled';

/** Whole-number spend and visits (many equal distances), some missing or beyond the model's bounds. */
function customers(rows: number, seed: number): Table {
	const random = createRandom(seed);
	const spend = Array.from({ length: rows }, () => (random.int(40) === 0 ? null : random.int(60)));
	const visits = Array.from({ length: rows }, () => (random.int(50) === 0 ? null : 10 + random.int(75)));
	const region = Array.from({ length: rows }, () => ['north', 'south'][random.int(2)]);
	return tableOf(numeric('spend', spend), numeric('visits', visits), categorical('region', region));
}

/** smallModel's recipe with a KNN (k = 5) trained on the ~400 rows it keeps of 420, labelled at random. */
function knnModel(): SegmentModel {
	const model = smallModel();
	const X = applyFitted(customers(420, 1), model.fitted).X;
	const random = createRandom(2);
	model.classifier = classifierJson(fitKnn(X, Int32Array.from({ length: X.rows }, () => random.int(2)), { k: 5 }));
	return model;
}

/** In-process shards that claim workers, so scoreTablePooled uses them. */
function claimingWorkers(parts: number): ShardPool {
	return { ...createInProcessPool(parts), workers: parts };
}

const nodePool = createNodePool(2);
afterAll(() => nodePool.terminate());

describe('scoreTablePooled', () => {
	const model = knnModel();
	const table = customers(3000, 3);
	const expected = scoreTable(model, table);

	test.each([1, 2, 3])('scoreTablePooled(KNN model, table) on %i shards equals scoreTable', async (parts) => {
		const got = await scoreTablePooled(model, table, { pool: claimingWorkers(parts), minQueries: 0 });
		expect(Array.from(got.labels)).toEqual(Array.from(expected.labels));
		expect(Array.from(got.confidence)).toEqual(Array.from(expected.confidence));
		expect(got.names).toEqual(expected.names);
		expect(got.reasons).toEqual(expected.reasons);
		expect(got.counts).toEqual(expected.counts);
		expect(got.scored).toBe(expected.scored);
	});

	test('scoreTablePooled(KNN model, table) on two worker_threads equals scoreTable', async () => {
		const got = await scoreTablePooled(model, table, { pool: nodePool, minQueries: 0 });
		expect(Array.from(got.labels)).toEqual(Array.from(expected.labels));
		expect(Array.from(got.confidence)).toEqual(Array.from(expected.confidence));
	});

	test('scoreTablePooled starts no pool for a small file or a nearest-centroid model', async () => {
		const noPool = () => {
			throw new Error('the pool was asked for');
		};
		expect(Array.from((await scoreTablePooled(model, table, { pool: noPool })).labels)).toEqual(Array.from(expected.labels));
		const centroid = smallModel();
		const got = await scoreTablePooled(centroid, table, { pool: noPool, minQueries: 0 });
		expect(Array.from(got.labels)).toEqual(Array.from(scoreTable(centroid, table).labels));
	});
});
