import { describe, expect, test } from 'vitest';
import { differenceCurve, kneedle, kneedleIndex } from './kneedle';

// kneed's own test curve ("figure 2" of the paper): y = -1 / (x + 0.1) + 5 on 10 points in [0, 1].
const x = Array.from({ length: 10 }, (_, i) => i / 9);

describe('kneedle', () => {
	test("kneedle(figure 2, {curve: 'concave', direction: 'increasing'}) is x = 0.222, as kneed finds", () => {
		expect(kneedle(x, x.map((v) => -1 / (v + 0.1) + 5), { curve: 'concave', direction: 'increasing' })).toBeCloseTo(2 / 9, 12);
	});

	test('kneedle(a decreasing convex curve) finds its elbow (1 / (x + 0.1) mirrors figure 2)', () => {
		expect(kneedle(x, x.map((v) => 1 / (v + 0.1)))).toBeCloseTo(2 / 9, 12);
	});

	test("kneedle(an increasing convex curve, {direction: 'increasing'}) finds the bend before the rise", () => {
		// Mirror image of the decreasing elbow: knee at 1 - 2/9.
		const y = x.map((v) => 1 / (1 - v + 0.1));
		expect(kneedle(x, y, { direction: 'increasing' })).toBeCloseTo(7 / 9, 12);
	});

	test('kneedle(wholesale-standard inertia for k = 1..10) is k = 5', () => {
		const inertia = [2640, 1954.04, 1608.43, 1316.64, 1058.77, 915.5, 822.72, 739.29, 655.02, 603.62];
		expect(kneedle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], inertia)).toBe(5);
	});

	test('kneedle(a straight line) has no knee', () => {
		expect(kneedle([1, 2, 3, 4, 5], [10, 8, 6, 4, 2])).toBeNull();
	});

	test('kneedle(fewer than 3 points, or a flat curve) is null', () => {
		expect(kneedle([1, 2], [5, 1])).toBeNull();
		expect(kneedle([1, 2, 3], [4, 4, 4])).toBeNull();
		expect(kneedleIndex([1, 2, 3], [4, 4, 4])).toBeNull();
	});

	test('differenceCurve(decreasing convex) is 1 - y_norm - x_norm', () => {
		expect(Array.from(differenceCurve([0, 1, 2], [4, 1, 0]) ?? [])).toEqual([0, 0.75 - 0.5, 0]);
	});

	test('kneedle refuses unsorted x, mismatched lengths and NaN', () => {
		expect(() => kneedle([1, 3, 2], [3, 2, 1])).toThrow('increasing order');
		expect(() => kneedle([1, 2, 3], [3, 2])).toThrow('as many x as y');
		expect(() => kneedle([1, 2, 3], [3, NaN, 1])).toThrow('point 1 is not finite');
	});
});
