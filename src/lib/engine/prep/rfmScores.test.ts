import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { quintileScores } from './rfmScores';

describe('quintileScores', () => {
	test('quintileScores(10 distinct values) gives two of each score', () => {
		expect(Array.from(quintileScores([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
	});

	test('ties are ranked by order of appearance (rank method="first")', () => {
		expect(Array.from(quintileScores([1, 1, 1, 1, 1, 1, 2, 3, 4, 5]))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
	});

	test('quintileScores(1..6) puts ranks on an edge in the lower bin, as pandas qcut', () => {
		// Edges over ranks 1..6: 2, 3, 4, 5 (0.6000000000000001 x 5 still rounds to 4), bins right-closed.
		expect(Array.from(quintileScores([1, 2, 3, 4, 5, 6]))).toEqual([1, 1, 2, 3, 4, 5]);
	});

	test('quintileScores(values, true) reverses the scores', () => {
		expect(Array.from(quintileScores([1, 2, 3, 4, 5, 6], true))).toEqual([5, 5, 4, 3, 2, 1]);
	});

	test('every score holds n/5 values, give or take one', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 200 }), (values) => {
				const counts = [0, 0, 0, 0, 0];
				for (const s of quintileScores(values)) counts[s - 1]++;
				for (const c of counts) expect(Math.abs(c - values.length / 5)).toBeLessThanOrEqual(1);
			})
		);
	});

	test('quintileScores rejects a missing value', () => {
		expect(() => quintileScores([1, Number.NaN])).toThrow(/missing value \(row 1\)/);
	});
});
