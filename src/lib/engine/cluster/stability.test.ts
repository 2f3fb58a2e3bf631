import { describe, expect, test } from 'vitest';
import { fromRows } from '../matrix';
import { createRandom } from '../random';
import { stability, stabilityPick } from './stability';

/** Three tight groups of 30 rows at (0, 0), (10, 0) and (0, 10). */
function threeGroups() {
	const random = createRandom(5);
	const rows: number[][] = [];
	for (const [x, y] of [[0, 0], [10, 0], [0, 10]]) for (let i = 0; i < 30; i++) rows.push([x + random.next() - 0.5, y + random.next() - 0.5]);
	return fromRows(rows);
}

describe('stabilityPick', () => {
	test('stabilityPick([2, 3, 4], [1, 0.99, 0.5]) takes the largest k within 0.02 of the best: 3', () => {
		expect(stabilityPick([2, 3, 4], [1, 0.99, 0.5])).toBe(3);
	});

	test('stabilityPick([2, 3, 4], [1, 0.9, 0.95]) keeps 2 when the others are clearly less stable', () => {
		expect(stabilityPick([2, 3, 4], [1, 0.9, 0.95])).toBe(2);
	});
});

describe('stability', () => {
	test('stability(three tight groups) is 1 at k = 3, lower at k = 4, and picks 3', () => {
		const result = stability(threeGroups(), { kmin: 2, kmax: 5 });
		expect(result.k).toEqual([2, 3, 4, 5]);
		expect(result.stability[1]).toBeCloseTo(1, 12);
		expect(result.stability[2]).toBeLessThan(0.98);
		expect(result.pick).toBe(3);
	});

	test('stability(X, {seed}) is deterministic and says how it resampled', () => {
		const a = stability(threeGroups(), { kmax: 3, seed: 8, pairs: 2, fraction: 0.5 });
		expect(a).toEqual(stability(threeGroups(), { kmax: 3, seed: 8, pairs: 2, fraction: 0.5 }));
		expect(a).toMatchObject({ pairs: 2, fraction: 0.5 });
	});

	test('stability(X, {fraction: 0}) names the option', () => {
		expect(() => stability(threeGroups(), { fraction: 0 })).toThrow('fraction must be in (0, 1]');
	});
});
