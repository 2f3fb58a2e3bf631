import { describe, expect, test } from 'vitest';
import { kruskalWallis, oneWayAnova, separation } from './separation';

describe('oneWayAnova', () => {
	test('oneWayAnova([[1,2,3],[4,5,6],[7,8,9]]) gives F = 27 with p = 0.001', () => {
		// Means 2, 5, 8 around 5: SS between = 3 x (9 + 0 + 9) = 54 on 2 df; SS within = 6 on 6 df.
		const r = oneWayAnova([
			[1, 2, 3],
			[4, 5, 6],
			[7, 8, 9]
		]);
		expect(r.F).toBeCloseTo(27, 12);
		expect(r.p).toBeCloseTo(0.001, 12); // (1 + 2 x 27 / 6)^-3
		expect(r.etaSquared).toBeCloseTo(0.9, 12);
		expect([r.dfBetween, r.dfWithin]).toEqual([2, 6]);
	});

	test('oneWayAnova: identical groups give F = 0, p = 1; no spread gives NaN', () => {
		expect(oneWayAnova([[1, 2], [1, 2]])).toMatchObject({ F: 0, p: 1, etaSquared: 0 });
		expect(Number.isNaN(oneWayAnova([[3, 3], [3, 3]]).F)).toBe(true);
		expect(Number.isNaN(oneWayAnova([[1, 2, 3]]).p)).toBe(true);
		expect(oneWayAnova([[1, 1], [2, 2]])).toMatchObject({ F: Infinity, p: 0 });
	});
});

describe('kruskalWallis', () => {
	test('kruskalWallis([[1,2,3],[4,5,6],[7,8,9]]) gives H = 7.2, p = exp(-3.6)', () => {
		// Rank sums 6, 15, 24: H = 12 / 90 x (36 + 225 + 576) / 3 - 30 = 7.2.
		const r = kruskalWallis([
			[1, 2, 3],
			[4, 5, 6],
			[7, 8, 9]
		]);
		expect(r.H).toBeCloseTo(7.2, 12);
		expect(r.p).toBeCloseTo(Math.exp(-3.6), 12);
		expect(r.epsilonSquared).toBeCloseTo(0.9, 12);
	});

	test('kruskalWallis([[1,1,2],[2,3,3]]) averages tied ranks and applies the tie correction: H = 10/3', () => {
		// Ranks 1.5 1.5 3.5 | 3.5 5.5 5.5; raw H = 3.047619, correction 1 - 18 / 210.
		const r = kruskalWallis([
			[1, 1, 2],
			[2, 3, 3]
		]);
		expect(r.H).toBeCloseTo(10 / 3, 12);
		expect(r.p).toBeCloseTo(0.067889154861829, 10); // chi-square 1 df: erfc(sqrt(5/3))
	});

	test('kruskalWallis with all values equal is NaN', () => {
		expect(Number.isNaN(kruskalWallis([[2, 2], [2]]).H)).toBe(true);
	});
});

describe('separation', () => {
	test('separation(columns, labels) ignores noise and missing values and sorts by effect', () => {
		const labels = Int32Array.from([0, 0, 0, 1, 1, 1, -1, 0]);
		const columns = [
			{ name: 'weak', values: Float64Array.from([1, 5, 3, 2, 4, 3, 100, Number.NaN]) },
			{ name: 'strong', values: Float64Array.from([1, 2, 3, 10, 11, 12, -50, Number.NaN]) }
		];
		const result = separation(columns, labels);
		expect(result.map((r) => r.feature)).toEqual(['strong', 'weak']);
		expect(result[0].n).toBe(6);
		expect(result[0].anova.p).toBeLessThan(0.001);
		expect(result[1].anova.p).toBeGreaterThan(0.5);
	});

	test('separation names a column whose length is wrong', () => {
		expect(() => separation([{ name: 'Milk', values: new Float64Array(2) }], new Int32Array(3))).toThrow(/column "Milk" has 2 values but there are 3 labels/);
	});
});
