import { describe as suite, expect, test } from 'vitest';
import { relativeError } from '../../../../tests/helpers/fixtures';
import { describe } from './describe';
import { loadExploreReference, wholesaleTableColumns } from './testing';

/** Skewness by the textbook formula n / ((n-1)(n-2)) * sum(((x - mean) / s)^3), an independent route. */
function textbookSkewness(values: number[]): number {
	const n = values.length;
	const mean = values.reduce((a, b) => a + b, 0) / n;
	const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
	return (n / ((n - 1) * (n - 2))) * values.reduce((a, v) => a + ((v - mean) / s) ** 3, 0);
}

suite('describe against pandas on wholesale-customers.csv', () => {
	const reference = loadExploreReference().describe;
	for (const { name, values } of wholesaleTableColumns()) {
		test(`describe(${name}) equals pandas' describe to 1e-9`, () => {
			const got = describe(values);
			const expected = reference[name];
			for (const key of ['count', 'missing', 'mean', 'std', 'min', 'q25', 'median', 'q75', 'max'] as const) {
				expect(relativeError(got[key], expected[key]), key).toBeLessThan(1e-9);
			}
			expect(relativeError(got.skewness, textbookSkewness(Array.from(values)))).toBeLessThan(1e-9);
			expect(got.zeros).toBe(0);
		});
	}
});

suite('describe on hand-worked inputs', () => {
	test('describe([4, NaN, 0, 2, NaN, 10]) counts missing and zeros and interpolates quartiles', () => {
		const got = describe(Float64Array.from([4, NaN, 0, 2, NaN, 10]));
		expect(got).toMatchObject({ count: 4, missing: 2, zeros: 1, mean: 4, min: 0, max: 10 });
		// sorted 0 2 4 10: q25 at position 0.75 -> 1.5, median 3, q75 at 2.25 -> 5.5
		expect([got.q25, got.median, got.q75]).toEqual([1.5, 3, 5.5]);
		expect(got.std).toBeCloseTo(Math.sqrt(56 / 3), 14);
	});

	test('describe([1, 2, 10]).skewness is the adjusted Fisher-Pearson coefficient', () => {
		// m2 = 438/9, m3 = 3570/27 (sums of deviations from 13/3); G1 = 3 sqrt(2) m3 / m2^1.5
		const expected = 3 * Math.SQRT2 * (3570 / 27) / (438 / 9) ** 1.5;
		expect(describe(Float64Array.from([1, 2, 10])).skewness).toBeCloseTo(expected, 13);
		expect(describe(Float64Array.from([10, 2, 1])).skewness).toBeGreaterThan(1.6);
		expect(describe(Float64Array.from([-10, -2, -1])).skewness).toBeLessThan(-1.6);
	});

	test('describe(symmetric).skewness is 0 and describe(constant).skewness is 0 as pandas', () => {
		expect(describe(Float64Array.from([1, 2, 3, 4, 5])).skewness).toBeCloseTo(0, 15);
		expect(describe(Float64Array.from([7, 7, 7, 7])).skewness).toBe(0);
		expect(describe(Float64Array.from([7, 7, 7, 7])).std).toBe(0);
	});

	test('describe with too few values gives NaN where pandas does', () => {
		const two = describe(Float64Array.from([1, 3]));
		expect(two.skewness).toBeNaN();
		expect(two.std).toBeCloseTo(Math.SQRT2, 15);
		const one = describe(Float64Array.from([NaN, 5]));
		expect(one).toMatchObject({ count: 1, missing: 1, mean: 5, min: 5, q25: 5, median: 5, max: 5 });
		expect(one.std).toBeNaN();
		const none = describe(Float64Array.from([NaN]));
		expect(none.count).toBe(0);
		expect([none.mean, none.min, none.median, none.max, none.skewness].every(Number.isNaN)).toBe(true);
		expect(describe(new Float64Array(0)).missing).toBe(0);
	});
});
