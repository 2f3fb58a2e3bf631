import { describe, expect, test } from 'vitest';
import { adjustedRand } from './adjustedRand';

// Expected values from scikit-learn 1.2.1: sklearn.metrics.adjusted_rand_score(a, b).
const cases: [number[], number[], number][] = [
	[[0, 0, 1, 1], [0, 0, 1, 1], 1],
	[[0, 0, 1, 1], [1, 1, 0, 0], 1],
	[[0, 0, 1, 2], [0, 0, 1, 1], 0.5714285714285714],
	[[0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2], 0.24242424242424243],
	[[0, 1, 2, 3], [0, 0, 0, 0], 0],
	[[0, 0, 1, 1, 2, 2, 2, 0], [1, 1, 0, 0, 0, 2, 2, 2], 0.23809523809523808],
	[[0, 0, 0, 0], [0, 0, 0, 0], 1],
	[[0, 1, 0, 1], [0, 0, 1, 1], -0.5]
];

describe('adjustedRand', () => {
	for (const [a, b, expected] of cases) {
		test(`adjustedRand([${a}], [${b}]) is scikit-learn's ${expected}`, () => {
			expect(adjustedRand(a, b)).toBeCloseTo(expected, 14);
		});
	}

	test('adjustedRand(a, b) is symmetric and ignores label names (-1 included)', () => {
		const a = [-1, -1, 3, 3, 7, 7, 7, -1];
		const b = [1, 1, 0, 0, 0, 2, 2, 2];
		expect(adjustedRand(a, b)).toBeCloseTo(0.23809523809523808, 14);
		expect(adjustedRand(b, a)).toBeCloseTo(adjustedRand(a, b), 14);
	});

	test('adjustedRand throws on labelings of different lengths, naming both', () => {
		expect(() => adjustedRand([0, 1], [0])).toThrow('got 2 and 1 labels');
	});
});
