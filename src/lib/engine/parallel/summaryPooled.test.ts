import { afterAll, describe, expect, test } from 'vitest';
import { importText } from '../io/import';
import { summarizeColumn } from '../stats/summarizeColumn';
import { readFixture } from '../../../../tests/helpers/fixtures';
import { createNodePool } from './nodePool';
import { summarizeColumnsPooled } from './summaryPooled';
import { unevenPool } from './testing';

const nodePool = createNodePool(2);
afterAll(() => nodePool.terminate());

// Numeric columns with missing values, text columns and a date column, through the real importer.
const tables = {
	wholesale: () => importText(readFixture('data/wholesale-customers.csv'), { fileName: 'wholesale-customers.csv' }).table,
	mixed: () =>
		importText(['id,joined,region,spend,visits', 'a1,2024-01-05,north,12.5,3', 'a2,2024-02-11,,7,', 'a3,,south,,1', 'a4,2024-03-30,north,101.25,9'].join('\n'), { fileName: 'mixed.csv' }).table
};

describe('summarizeColumnsPooled', () => {
	for (const [name, load] of Object.entries(tables)) {
		test(`summarizeColumnsPooled(${name}) on two worker_threads equals summarizeColumn of each column, in order`, async () => {
			const table = load();
			const expected = table.columns.map((column) => summarizeColumn(column));
			expect(await summarizeColumnsPooled(table, nodePool)).toEqual(expected);
			expect(await summarizeColumnsPooled(table, unevenPool([table.rowCount]))).toEqual(expected);
			// The table itself is copied to the workers, never transferred away.
			expect(table.columns.every((c) => (c.type === 'numeric' ? c.values.length : c.codes.length) === table.rowCount)).toBe(true);
		});
	}
});
