import { describe, expect, it } from 'vitest';
import { categorical, numeric, tableOf } from '../prep/testing';
import { rowDetails, tablePage } from './tablePage';

const table = tableOf(numeric('a', [1, null, 3, 4]), categorical('b', ['x', 'y', null, 'x']), numeric('c', [0.5, 1.5, 2.5, 3.5]));

describe('tablePage', () => {
	it('tablePage(table, 1, 2, 0, 2) gives rows 2-3 of the first two columns as text, missing as ""', () => {
		expect(tablePage(table, 1, 2, 0, 2)).toEqual({ row: 1, col: 0, cells: [['', 'y'], ['3', '']] });
	});

	it('tablePage clips a page reaching past the last row and column', () => {
		const page = tablePage(table, 3, 64, 2, 16);
		expect(page).toEqual({ row: 3, col: 2, cells: [['3.5']] });
		expect(tablePage(table, 10, 5, 0, 3).cells).toEqual([]);
	});
});

describe('rowDetails', () => {
	it('rowDetails(table, 0, 2) names the first two columns with their text', () => {
		expect(rowDetails(table, 0, 2)).toEqual([
			{ label: 'a', value: '1' },
			{ label: 'b', value: 'x' }
		]);
	});

	it('rowDetails of a row past the end names the row and the row count', () => {
		expect(() => rowDetails(table, 4)).toThrow('row 5 does not exist; the table has 4 rows');
	});
});
