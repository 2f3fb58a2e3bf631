import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { quantileSorted } from '../stats/quantile';
import { quantiles, selectNth } from './select';

describe('select', () => {
	it('quantiles(values, ps) equals quantileSorted on the sorted values, duplicates and all', () => {
		const random = createRandom(3);
		for (const n of [1, 2, 3, 10, 101, 1000]) {
			for (const distinct of [1, 3, 1000]) {
				const values = Float64Array.from({ length: n }, () => Math.floor(random.next() * distinct) - distinct / 3);
				const sorted = Float64Array.from(values).sort();
				const ps = [0, 0.25, 0.5, 0.75, 1, 0.1];
				expect(quantiles(values, ps)).toEqual(ps.map((p) => quantileSorted(sorted, p)));
			}
		}
	});

	it('quantiles of nothing are NaN', () => {
		expect(quantiles([], [0.5])).toEqual([Number.NaN]);
	});

	it('selectNth(a, k) puts the k-th smallest at k with smaller values before it', () => {
		const a = Float64Array.from([5, 1, 4, 1, 5, 9, 2, 6]);
		expect(selectNth(a, 3)).toBe(4);
		expect(Math.max(...a.subarray(0, 3))).toBeLessThanOrEqual(4);
		expect(Math.min(...a.subarray(4))).toBeGreaterThanOrEqual(4);
	});
});
