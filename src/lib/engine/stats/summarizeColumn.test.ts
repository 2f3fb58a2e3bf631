import { describe, expect, it } from 'vitest';
import { summarizeColumn } from './summarizeColumn';
import { quantileSorted } from './quantile';

describe('summarizeColumn', () => {
	it('summarizeColumn(numeric) counts missing and describes as pandas', () => {
		const s = summarizeColumn({ name: 'x', type: 'numeric', role: 'feature', values: Float64Array.from([4, NaN, 1, 2, 3, 3]) });
		expect(s).toMatchObject({ count: 5, missing: 1, distinct: 4, mean: 2.6, min: 1, q25: 2, median: 3, q75: 3, max: 4 });
		expect(s.std).toBeCloseTo(Math.sqrt(5.2 / 4), 12);
		expect(s.top[0]).toEqual({ value: '3', count: 2 });
	});

	it('summarizeColumn(categorical) lists the most frequent values first, ties by first appearance', () => {
		const s = summarizeColumn({ name: 'c', type: 'categorical', role: 'feature', codes: Int32Array.from([0, 1, -1, 1, 0, 2]), dictionary: ['a', 'b', 'c'] });
		expect(s).toMatchObject({ count: 5, missing: 1, distinct: 3 });
		expect(s.top).toEqual([
			{ value: 'a', count: 2 },
			{ value: 'b', count: 2 },
			{ value: 'c', count: 1 }
		]);
		expect(s.mean).toBeUndefined();
	});

	it('quantileSorted interpolates linearly and is NaN when empty', () => {
		expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
		expect(quantileSorted([], 0.5)).toBeNaN();
	});
});
