import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { quintileScores } from './rfmScores';

describe('quintileScores', () => {
	test('quintileScores(10 distinct values) gives two of each score', () => {
		expect(Array.from(quintileScores([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
	});

	test('quintileScores(six 1s then 2..5) gives every 1 the same score (tie-aware, hand-worked)', () => {
		// n = 10; strictly smaller counts: 1 -> 0, 2 -> 6, 3 -> 7, 4 -> 8, 5 -> 9;
		// 1 + floor(5 x count / 10) = 1, 4, 4, 5, 5.
		expect(Array.from(quintileScores([1, 1, 1, 1, 1, 1, 2, 3, 4, 5]))).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
	});

	test('quintileScores(recency, true) gives customers who bought on the same day one R (hand-worked)', () => {
		// n = 8; strictly larger counts: 40 -> 0, 30 -> 2, 10 -> 3 (for all three), 2 -> 6;
		// 1 + floor(5 x count / 8) = 1, 2, 2, 4.
		expect(Array.from(quintileScores([10, 40, 10, 2, 30, 10, 2, 40], true))).toEqual([2, 1, 2, 4, 2, 2, 4, 1]);
	});

	test('quintileScores(1..6) is 1 + floor(5 x rank share), no pandas edge rounding', () => {
		// strictly smaller counts 0..5 of 6: floor(0, 0.83, 1.67, 2.5, 3.33, 4.17) + 1
		expect(Array.from(quintileScores([1, 2, 3, 4, 5, 6]))).toEqual([1, 1, 2, 3, 4, 5]);
	});

	test('quintileScores(values, true) scores the smallest values highest', () => {
		// strictly larger counts 5..0 of 6: the reverse of 1..6 is not its mirror image at the ends
		expect(Array.from(quintileScores([1, 2, 3, 4, 5, 6], true))).toEqual([5, 4, 3, 2, 1, 1]);
	});

	test('quintileScores(constant values) gives everyone 1', () => {
		expect(Array.from(quintileScores([7, 7, 7]))).toEqual([1, 1, 1]);
		expect(Array.from(quintileScores([7, 7, 7], true))).toEqual([1, 1, 1]);
	});

	test('quintileScores(values) gives equal values equal scores and is monotone (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 200 }), fc.boolean(), (values, reversed) => {
				const scores = quintileScores(values, reversed);
				const n = values.length;
				for (let i = 0; i < n; i++) {
					expect(scores[i]).toBeGreaterThanOrEqual(1);
					expect(scores[i]).toBeLessThanOrEqual(5);
					const beaten = values.filter((v) => (reversed ? v > values[i] : v < values[i])).length;
					expect(scores[i]).toBe(1 + Math.floor((5 * beaten) / n));
					for (let j = 0; j < n; j++) {
						if (values[i] === values[j]) expect(scores[i]).toBe(scores[j]);
						const higher = reversed ? values[i] < values[j] : values[i] > values[j];
						if (higher) expect(scores[i]).toBeGreaterThanOrEqual(scores[j]);
					}
				}
			})
		);
	});

	test('quintileScores(distinct values) still gives each score a fifth of them, give or take one (property)', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer(), { minLength: 5, maxLength: 200 }), (values) => {
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
