import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { takeRows, type Table } from '../table';
import { findDuplicateRows } from './dedupe';

function table(values: number[], codes: number[]): Table {
	return {
		rowCount: values.length,
		columns: [
			{ name: 'v', type: 'numeric', role: 'feature', values: Float64Array.from(values) },
			{ name: 'c', type: 'categorical', role: 'feature', codes: Int32Array.from(codes), dictionary: ['a', 'b', 'c'] }
		]
	};
}

describe('findDuplicateRows', () => {
	test('findDuplicateRows keeps first occurrences in order; missing equals missing, 0 equals -0', () => {
		const t = table([1, 2, 1, Number.NaN, Number.NaN, 0, -0, 1], [0, 0, 0, -1, -1, 2, 2, 1]);
		const { duplicates, keep } = findDuplicateRows(t);
		expect(Array.from(keep)).toEqual([0, 1, 3, 5, 7]);
		expect(duplicates).toBe(3);
	});

	test('findDuplicateRows on a table without rows finds nothing', () => {
		expect(findDuplicateRows(table([], []))).toEqual({ duplicates: 0, keep: new Int32Array(0) });
	});

	test('findDuplicateRows leaves rows that are pairwise distinct, and is idempotent', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -1, max: 2 })), { maxLength: 60 }), (rows) => {
				const t = table(rows.map((r) => r[0]), rows.map((r) => r[1]));
				const { duplicates, keep } = findDuplicateRows(t);
				const distinct = new Set(rows.map((r) => r.join('|')));
				expect(keep.length).toBe(distinct.size);
				expect(duplicates).toBe(rows.length - distinct.size);
				expect(findDuplicateRows(takeRows(t, keep)).duplicates).toBe(0);
			})
		);
	});
});
