import { describe, expect, test } from 'vitest';
import { fromRows } from '../matrix';
import { summariseMatrix } from './summary';

describe('summariseMatrix', () => {
	for (const d of [1, 4, 5, 9]) {
		test(`summariseMatrix(X with ${d} columns, offset by 1e8) matches the two-pass mean and variance`, () => {
			const rows = Array.from({ length: 50 }, (_, i) => Array.from({ length: d }, (_, t) => 1e8 + ((i * 7 + t * 3) % 11) - 5 * t));
			const got = summariseMatrix(fromRows(rows), 'test');
			let total = 0;
			for (let t = 0; t < d; t++) {
				const column = rows.map((r) => r[t]);
				const mean = column.reduce((a, b) => a + b, 0) / 50;
				expect(got.mean[t]).toBeCloseTo(mean, 6);
				total += column.reduce((a, v) => a + (v - mean) ** 2, 0);
			}
			expect(got.totalSumOfSquares).toBeCloseTo(total, 6);
			expect(got.meanVariance).toBeCloseTo(total / 50 / d, 8);
			expect(got.maxAbs).toBe(Math.max(...rows.flat().map(Math.abs)));
		});
	}

	test('summariseMatrix names the first NaN or infinite cell', () => {
		expect(() => summariseMatrix(fromRows([[1, 2, 3, 4, 5], [1, 2, 3, 4, NaN]]), 'k-means')).toThrow('k-means needs finite numbers: row 1, column 4 holds a missing value (NaN)');
		expect(() => summariseMatrix(fromRows([[1], [-Infinity]]), 'k-means')).toThrow('row 1, column 0 holds an infinite value (-Infinity)');
	});
});
