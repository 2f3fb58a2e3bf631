import { describe, expect, test } from 'vitest';
import { createRandom } from '../random';
import { eigenSymmetric } from './eigenSymmetric';

function randomSymmetric(d: number, seed: number): Float64Array {
	const random = createRandom(seed);
	const m = new Float64Array(d * d);
	for (let i = 0; i < d; i++) {
		for (let j = i; j < d; j++) {
			const v = random.next() * 2 - 1;
			m[i * d + j] = v;
			m[j * d + i] = v;
		}
	}
	return m;
}

describe('eigenSymmetric', () => {
	test('eigenSymmetric([[2, 1], [1, 2]]) gives 3 along (1, 1) and 1 along (1, -1)', () => {
		const { values, vectors } = eigenSymmetric([2, 1, 1, 2], 2);
		expect(values[0]).toBeCloseTo(3, 14);
		expect(values[1]).toBeCloseTo(1, 14);
		expect(Math.abs(vectors[0])).toBeCloseTo(Math.SQRT1_2, 14);
		expect(vectors[0] * vectors[1]).toBeCloseTo(0.5, 14);
		expect(vectors[2] * vectors[3]).toBeCloseTo(-0.5, 14);
	});

	test('eigenSymmetric on a random 40 x 40 matrix: A v = lambda v, orthonormal vectors, values descending', () => {
		const d = 40;
		const a = randomSymmetric(d, 11);
		const { values, vectors } = eigenSymmetric(a, d);
		for (let k = 0; k < d; k++) {
			if (k > 0) expect(values[k]).toBeLessThanOrEqual(values[k - 1]);
			for (let i = 0; i < d; i++) {
				let av = 0;
				for (let j = 0; j < d; j++) av += a[i * d + j] * vectors[k * d + j];
				expect(Math.abs(av - values[k] * vectors[k * d + i])).toBeLessThan(1e-12);
			}
			for (let l = 0; l <= k; l++) {
				let dot = 0;
				for (let j = 0; j < d; j++) dot += vectors[k * d + j] * vectors[l * d + j];
				expect(Math.abs(dot - (k === l ? 1 : 0))).toBeLessThan(1e-12);
			}
		}
	});

	test('eigenSymmetric keeps a diagonal matrix (sorted) and handles zeros and very unequal scales', () => {
		const diagonal = eigenSymmetric([1, 0, 0, 0, 5, 0, 0, 0, 3], 3);
		expect(Array.from(diagonal.values)).toEqual([5, 3, 1]);
		expect(Array.from(diagonal.vectors)).toEqual([0, 1, 0, 0, 0, 1, 1, 0, 0]);
		expect(Array.from(eigenSymmetric([0, 0, 0, 0], 2).values)).toEqual([0, 0]);
		const skewed = eigenSymmetric([1e300, 1, 1, 1e-300], 2);
		expect(skewed.values[0]).toBe(1e300);
		expect(() => eigenSymmetric([1, 2, 3], 2)).toThrow(/expected 2 x 2/);
	});
});
