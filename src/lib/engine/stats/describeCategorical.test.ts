import { describe, expect, test } from 'vitest';
import { describeCategorical } from './describeCategorical';

const codes = (values: number[]) => Int32Array.from(values);

describe('describeCategorical', () => {
	test('describeCategorical(codes, dictionary) counts missing, distinct and the most frequent values', () => {
		const got = describeCategorical(codes([1, 0, -1, 0, 1, 2, 1, -1]), ['a', 'b', 'c']);
		expect(got).toEqual({
			count: 6,
			missing: 2,
			distinct: 3,
			top: [
				{ value: 'b', count: 3 },
				{ value: 'a', count: 2 },
				{ value: 'c', count: 1 }
			],
			otherCount: 0
		});
	});

	test('equal counts are ordered by first appearance in the rows, not dictionary order', () => {
		// a filtered table: 'c' now appears before 'a' although the dictionary lists 'a' first
		const got = describeCategorical(codes([2, 0, 1, 2, 0, 1]), ['a', 'b', 'c']);
		expect(got.top.map((t) => t.value)).toEqual(['c', 'a', 'b']);
	});

	test('describeCategorical(codes, dictionary, {top: 2}) keeps two and counts the rest as other', () => {
		const got = describeCategorical(codes([3, 3, 3, 0, 1, 1, 2, 2, -1]), ['w', 'x', 'y', 'z'], { top: 2 });
		expect(got.top).toEqual([
			{ value: 'z', count: 3 },
			{ value: 'x', count: 2 }
		]);
		expect(got.otherCount).toBe(3);
		expect(describeCategorical(codes([0, 1]), ['p', 'q'], { top: 0 })).toMatchObject({ top: [], otherCount: 2 });
	});

	test('unused dictionary entries are not distinct values', () => {
		const got = describeCategorical(codes([1, 1, -1]), ['gone', 'kept', 'also gone']);
		expect(got).toMatchObject({ count: 2, missing: 1, distinct: 1, top: [{ value: 'kept', count: 2 }] });
		expect(describeCategorical(codes([-1, -1]), ['x'])).toEqual({ count: 0, missing: 2, distinct: 0, top: [], otherCount: 0 });
	});

	test('the short insertion list and the full sort agree on many distinct values', () => {
		const n = 5000;
		const values = Array.from({ length: n }, (_, i) => (i * 7919) % 300);
		const dictionary = Array.from({ length: 300 }, (_, i) => `v${i}`);
		const short = describeCategorical(codes(values), dictionary, { top: 20 }).top;
		const full = describeCategorical(codes(values), dictionary, { top: 300 }).top;
		expect(short).toEqual(full.slice(0, 20));
		expect(full).toHaveLength(300);
		for (let i = 1; i < full.length; i++) expect(full[i].count).toBeLessThanOrEqual(full[i - 1].count);
	});
});
