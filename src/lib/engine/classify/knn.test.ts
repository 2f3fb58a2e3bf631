import fc from 'fast-check';
import KNN from 'ml-knn';
import { describe, expect, test } from 'vitest';
import { createMatrix, fromRows, toRows, type Matrix } from '../matrix';
import { createRandom } from '../random';
import { fitKnn, loadKnn } from './knn';

/** n points around `centres` (one blob per label), seeded. */
function blobs(n: number, centres: number[][], spread: number, seed: number): { X: Matrix; y: Int32Array } {
	const random = createRandom(seed);
	const d = centres[0].length;
	const X = createMatrix(n, d);
	const y = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const c = random.int(centres.length);
		y[i] = c;
		for (let j = 0; j < d; j++) {
			const u = 1 - random.next();
			const g = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
			X.data[i * d + j] = centres[c][j] + spread * g;
		}
	}
	return { X, y };
}

describe('fitKnn', () => {
	test('fitKnn(X, y, {k: 3}).predict follows the majority of the 3 nearest (at 6: rows 2, 3 then row 1 by order)', () => {
		const X = fromRows([[0], [1], [2], [10], [11], [12]]);
		const y = Int32Array.from([7, 7, 4, 4, 4, 7]);
		const model = fitKnn(X, y, { k: 3 });
		expect(Array.from(model.classes)).toEqual([4, 7]);
		expect(Array.from(model.predict(fromRows([[0.4], [11.2], [6]])))).toEqual([7, 4, 4]);
	});

	test('fitKnn(X, y, {k: 2}) breaks a tied vote towards the smallest label', () => {
		const X = fromRows([[0], [1]]);
		const model = fitKnn(X, Int32Array.from([9, 3]), { k: 2 });
		expect(model.predict(fromRows([[0]]))[0]).toBe(3);
		expect(Array.from(model.predictProba(fromRows([[0]])).data)).toEqual([0.5, 0.5]);
	});

	test('neighbours(q) keeps training order among equal distances', () => {
		const X = fromRows([[2], [-1], [1], [-2], [1]]);
		for (const method of ['kdtree', 'brute'] as const) {
			const model = fitKnn(X, Int32Array.from([0, 1, 2, 3, 4]), { k: 1, method, leafSize: 1 });
			const { indices, distances } = model.neighbours([0], 4);
			expect(Array.from(indices)).toEqual([1, 2, 4, 0]);
			expect(Array.from(distances)).toEqual([1, 1, 1, 2]);
			expect(model.predict(fromRows([[0]]))[0]).toBe(1);
		}
	});

	test('neighbours(q, count) returns Euclidean distances, nearest first', () => {
		const model = fitKnn(fromRows([[0, 0], [3, 4], [1, 1]]), Int32Array.from([0, 1, 0]), { k: 1 });
		const { indices, distances } = model.neighbours([0, 0], 3);
		expect(Array.from(indices)).toEqual([0, 2, 1]);
		expect(distances[1]).toBeCloseTo(Math.SQRT2, 12);
		expect(distances[2]).toBe(5);
	});

	test('fitKnn(X, y, {k: 5}) predicts as ml-knn on two blobs', () => {
		const train = blobs(300, [[0, 0, 0], [1.5, 1, 0.5]], 1, 11);
		const test = blobs(200, [[0, 0, 0], [1.5, 1, 0.5]], 1, 12);
		const oracle = new KNN(toRows(train.X), Array.from(train.y), { k: 5 });
		const expected = oracle.predict(toRows(test.X));
		for (const method of ['kdtree', 'brute'] as const) {
			const model = fitKnn(train.X, train.y, { k: 5, method });
			expect(Array.from(model.predict(test.X))).toEqual(expected);
		}
	});

	test('fitKnn(X, y, {k: 7}) predicts as ml-knn on three blobs wherever the vote is not tied', () => {
		const centres = [[0, 0], [2, 0], [1, 1.5]];
		const train = blobs(400, centres, 0.9, 21);
		const test = blobs(300, centres, 0.9, 22);
		const expected = new KNN(toRows(train.X), Array.from(train.y), { k: 7 }).predict(toRows(test.X));
		const model = fitKnn(train.X, train.y, { k: 7 });
		const predicted = model.predict(test.X);
		const proba = model.predictProba(test.X);
		let compared = 0;
		for (let i = 0; i < test.X.rows; i++) {
			const shares = Array.from(proba.data.subarray(i * 3, i * 3 + 3)).sort((a, b) => b - a);
			if (shares[0] === shares[1]) continue;
			expect(predicted[i]).toBe(expected[i]);
			compared++;
		}
		expect(compared).toBeGreaterThan(250);
	});

	test('kd-tree and brute force find the same neighbours, ties included', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })), {
					minLength: 1,
					maxLength: 60
				}),
				fc.array(fc.tuple(fc.integer({ min: -4, max: 4 }), fc.integer({ min: -4, max: 4 })), {
					minLength: 1,
					maxLength: 10
				}),
				fc.integer({ min: 1, max: 8 }),
				(points, queries, count) => {
					const X = fromRows(points);
					const y = new Int32Array(points.length);
					const Q = fromRows(queries);
					const tree = fitKnn(X, y, { k: 1, method: 'kdtree', leafSize: 2 }).kneighbours(Q, count);
					const brute = fitKnn(X, y, { k: 1, method: 'brute' }).kneighbours(Q, count);
					expect(Array.from(tree.indices)).toEqual(Array.from(brute.indices));
					expect(Array.from(tree.squaredDistances)).toEqual(Array.from(brute.squaredDistances));
				}
			)
		);
	});

	test('kd-tree matches brute force on 2,000 x 8 blobs', () => {
		const train = blobs(2000, [[0, 0, 0, 0, 0, 0, 0, 0], [1, 2, 0, 1, 0, 3, 1, 0]], 1, 5);
		const test = blobs(100, [[0, 0, 0, 0, 0, 0, 0, 0], [1, 2, 0, 1, 0, 3, 1, 0]], 1.5, 6);
		const tree = fitKnn(train.X, train.y, { k: 5, method: 'kdtree' });
		const brute = fitKnn(train.X, train.y, { k: 5, method: 'brute' });
		expect(tree.method).toBe('kdtree');
		expect(brute.method).toBe('brute');
		expect(Array.from(tree.kneighbours(test.X, 9).indices)).toEqual(Array.from(brute.kneighbours(test.X, 9).indices));
	});

	test("fitKnn(X, y, {method: 'auto'}) uses brute force past 12 features", () => {
		const X = createMatrix(3, 13);
		expect(fitKnn(X, new Int32Array(3), { k: 1 }).method).toBe('brute');
		expect(fitKnn(createMatrix(3, 12), new Int32Array(3), { k: 1 }).method).toBe('kdtree');
	});

	test('predictProba rows are vote shares that sum to 1', () => {
		const train = blobs(100, [[0, 0], [1, 1], [2, 0]], 1, 3);
		const proba = fitKnn(train.X, train.y, { k: 4 }).predictProba(train.X);
		expect(proba.cols).toBe(3);
		for (let i = 0; i < proba.rows; i++) {
			const row = proba.data.subarray(i * 3, i * 3 + 3);
			expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 12);
			for (const v of row) expect(Number.isInteger(v * 4)).toBe(true);
		}
	});

	test('loadKnn(JSON round trip) predicts the same', () => {
		const train = blobs(150, [[0, 0], [1, 1]], 0.8, 8);
		const model = fitKnn(train.X, train.y, { k: 3 });
		const json = JSON.parse(JSON.stringify(model));
		expect(json.kind).toBe('knn');
		expect(json.data).toHaveLength(300);
		const loaded = loadKnn(json);
		expect(Array.from(loaded.predict(train.X))).toEqual(Array.from(model.predict(train.X)));
		expect(() => loadKnn({ ...json, kind: 'bayes' })).toThrow(/not a KNN model/);
	});

	test('fitKnn rejects missing values, a too-large k and mismatched queries', () => {
		const X = fromRows([[0, 1], [Number.NaN, 2]]);
		expect(() => fitKnn(X, Int32Array.from([0, 1]))).toThrow(/row 1, column 0 is missing/);
		const ok = fromRows([[0, 1], [1, 2]]);
		expect(() => fitKnn(ok, Int32Array.from([0, 1]), { k: 3 })).toThrow(/k = 3 exceeds the 2 training rows/);
		expect(() => fitKnn(ok, Int32Array.from([0]))).toThrow(/2 rows but 1 labels/);
		const model = fitKnn(ok, Int32Array.from([0, 1]), { k: 1 });
		expect(() => model.predict(fromRows([[1]]))).toThrow(/1 columns, the model was trained on 2/);
		expect(() => model.predict(fromRows([[1, Number.NaN]]))).toThrow(/query row 0, column 1/);
	});

	test('predict honours shouldStop', () => {
		const model = fitKnn(fromRows([[0], [1]]), Int32Array.from([0, 1]), { k: 1 });
		expect(() => model.predict(fromRows([[0]]), { shouldStop: () => true })).toThrow(/cancelled/);
	});
});
