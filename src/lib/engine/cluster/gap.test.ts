import { describe, expect, test } from 'vitest';
import { fromRows } from '../matrix';
import { createRandom } from '../random';
import { gapPick, gapStatistic } from './gap';
import { referenceSampler } from './referenceBox';

/** Two tight groups of 20 rows around (0, 0) and (10, 10): jitter of +-0.1 on a seeded grid. */
function twoGroups() {
	const random = createRandom(3);
	const rows: number[][] = [];
	for (const c of [0, 10]) for (let i = 0; i < 20; i++) rows.push([c + 0.2 * random.next() - 0.1, c + 0.2 * random.next() - 0.1]);
	return fromRows(rows);
}

describe('gapPick', () => {
	test('gapPick([1..4], gap, s) is the smallest k with gap(k) >= gap(k + 1) - s(k + 1)', () => {
		// k = 1: 0.1 >= 0.5 - 0.05? no. k = 2: 0.5 >= 0.55 - 0.05 = 0.5? yes.
		expect(gapPick([1, 2, 3, 4], [0.1, 0.5, 0.55, 0.56], [0.05, 0.05, 0.05, 0.05])).toBe(2);
	});

	test('gapPick prefers k = 1 when the gap does not rise by more than its error', () => {
		expect(gapPick([1, 2, 3], [0.3, 0.32, 0.31], [0.01, 0.05, 0.05])).toBe(1);
	});

	test('gapPick(a dip at k = 2, then a clear rise) applies the rule again from k = 2', () => {
		// Plain rule: 0.10 >= 0.01 - 0.01, so k = 1; but gap(4) = 2.5 > gap(1) + 2 s(4), so from k = 2: 0.01 < 0.5 - 0.01, 0.5 < 2.5 - 0.01, 2.5 >= 2.4 - 0.01 -> 4.
		expect(gapPick([1, 2, 3, 4, 5], [0.1, 0.01, 0.5, 2.5, 2.4], [0.01, 0.01, 0.01, 0.01, 0.01])).toBe(4);
	});

	test('gapPick has no pick when the gap keeps rising to the end of the range', () => {
		expect(gapPick([1, 2, 3], [0.1, 0.5, 0.9], [0.01, 0.01, 0.01])).toBeUndefined();
	});

	test('gapPick(stops at k = 1 and 3 that k = 5 beats by far) applies the rule again after each', () => {
		// Mall customers on income and spending score: 0.881 >= 0.747 - 0.061 stops at k = 1, but gap(5) =
		// 1.075 > 0.881 + 2 x 0.047; from k = 2 it stops at 3 (0.835 >= 0.761 - 0.054), again beaten by
		// k = 5 (1.075 > 0.835 + 0.094); from k = 4: 0.761 < 1.075 - 0.047, 1.075 >= 1.053 - 0.052 -> 5.
		const gap = [0.881, 0.747, 0.835, 0.761, 1.075, 1.053, 1.058];
		const s = [0.045, 0.061, 0.039, 0.054, 0.047, 0.052, 0.056];
		expect(gapPick([1, 2, 3, 4, 5, 6, 7], gap, s)).toBe(5);
	});

	test('gapPick keeps a stop no later k beats by two standard errors', () => {
		// k = 2: 0.5 >= 0.52 - 0.02; no later gap exceeds 0.5 + 2 x 0.02.
		expect(gapPick([1, 2, 3, 4, 5], [0.1, 0.5, 0.52, 0.53, 0.535], [0.02, 0.02, 0.02, 0.02, 0.02])).toBe(2);
	});
});

describe('gapStatistic', () => {
	test('gapStatistic(two tight groups, {kmax: 5}) picks 2 and its gap peaks there', () => {
		const result = gapStatistic(twoGroups(), { kmax: 5 });
		expect(result.k).toEqual([1, 2, 3, 4, 5]);
		expect(result.pick).toBe(2);
		expect(result.gap[1]).toBeGreaterThan(result.gap[0] + 1);
		expect(result.s.every((s) => s >= 0)).toBe(true);
	});

	test('gapStatistic(a seeded uniform square) prefers k = 1', () => {
		const random = createRandom(9);
		const X = fromRows(Array.from({ length: 300 }, () => [random.next(), random.next()]));
		expect(gapStatistic(X, { kmax: 6 }).pick).toBe(1);
	});

	test('gapStatistic(X, {seed}) is deterministic', () => {
		expect(gapStatistic(twoGroups(), { kmax: 3, seed: 4 })).toEqual(gapStatistic(twoGroups(), { kmax: 3, seed: 4 }));
	});

	test('gapStatistic(4 distinct rows, {kmax: 6}) ends its curve at k = 4', () => {
		const X = fromRows([[0], [0], [1], [5], [6], [6]]);
		expect(gapStatistic(X, { kmax: 6 }).k).toEqual([1, 2, 3, 4]);
	});
});

describe('referenceSampler', () => {
	test('referenceSampler(X, "bounding") draws inside the bounding box of X', () => {
		const X = fromRows([[0, 5], [2, 7], [1, 6]]);
		const Z = referenceSampler(X, 'bounding').draw(createRandom(1));
		for (let i = 0; i < Z.rows; i++) {
			expect(Z.data[2 * i]).toBeGreaterThanOrEqual(0);
			expect(Z.data[2 * i]).toBeLessThanOrEqual(2);
			expect(Z.data[2 * i + 1]).toBeGreaterThanOrEqual(5);
			expect(Z.data[2 * i + 1]).toBeLessThanOrEqual(7);
		}
	});

	test('referenceSampler(points on the line y = x, "pca") draws on that line, between its ends', () => {
		const X = fromRows([[0, 0], [1, 1], [3, 3], [4, 4]]);
		const Z = referenceSampler(X, 'pca').draw(createRandom(2));
		for (let i = 0; i < Z.rows; i++) {
			expect(Z.data[2 * i]).toBeCloseTo(Z.data[2 * i + 1], 9);
			expect(Z.data[2 * i]).toBeGreaterThanOrEqual(-1e-9);
			expect(Z.data[2 * i]).toBeLessThanOrEqual(4 + 1e-9);
		}
	});
});
