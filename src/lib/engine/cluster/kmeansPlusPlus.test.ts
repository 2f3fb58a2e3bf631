import { describe, expect, test } from 'vitest';
import { fromRows } from '../matrix';
import { createRandom } from '../random';
import { gaussianBlobs } from './blobs';
import { drawRows, kmeansPlusPlus } from './kmeansPlusPlus';

describe('kmeansPlusPlus', () => {
	test('drawRows(weights, draws) picks the first row whose running sum exceeds each draw, never a zero-weight row', () => {
		// Running sums 1, 1, 4, 4: 0.5 -> row 0; 1.0 -> row 2 (row 1 weighs 0); past the total -> last row of positive weight.
		expect(Array.from(drawRows(Float64Array.from([1, 0, 3, 0]), Float64Array.from([3.9, 0.5, 1.0, 4.5])))).toEqual([2, 0, 2, 2]);
	});

	test('kmeansPlusPlus(X, k, random) is deterministic and picks k distinct rows', () => {
		const { X } = gaussianBlobs({ rows: 500, centres: [[0, 0], [5, 5], [0, 9]], seed: 3 });
		const a = kmeansPlusPlus(X, 6, createRandom(4));
		const b = kmeansPlusPlus(X, 6, createRandom(4));
		expect(a.rows).toEqual(b.rows);
		expect(new Set(a.rows).size).toBe(6);
		a.rows.forEach((r, c) => expect(Array.from(a.centres.subarray(c * 2, c * 2 + 2))).toEqual(Array.from(X.data.subarray(r * 2, r * 2 + 2))));
	});

	test('kmeansPlusPlus(three far groups, 3) seeds one centre in each group', () => {
		const X = fromRows([[0], [0.1], [0.2], [100], [100.1], [200], [200.2]]);
		for (let seed = 0; seed < 20; seed++) {
			const groups = Array.from(kmeansPlusPlus(X, 3, createRandom(seed)).rows, (r) => Math.round(X.data[r] / 100));
			expect(groups.sort()).toEqual([0, 1, 2]);
		}
	});

	test('kmeansPlusPlus(X, k) with fewer than k distinct rows says how many there are', () => {
		expect(() => kmeansPlusPlus(fromRows([[1], [1], [2], [2]]), 3, createRandom(1))).toThrow('k = 3 but the data has only 2 distinct rows; choose k <= 2');
	});
});
