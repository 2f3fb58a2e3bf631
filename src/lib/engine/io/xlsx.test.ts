import * as XLSX from '@e965/xlsx';
import { openAsBlob } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixturePath } from '../../../../tests/helpers/fixtures';
import { importBlob, listSheets } from './import';
import { cellsOf } from './testing';

/** Excel's serial day number of a UTC wall-clock time. */
const serial = (ms: number) => (ms - Date.UTC(1899, 11, 30)) / 86_400_000;

function workbook(): Blob {
	const people = XLSX.utils.aoa_to_sheet([
		['CustomerID', 'Spend', 'Joined', 'Note'],
		[101, 12.5, null, 'first'],
		[102, 7, null, null],
		[],
		[103, 3.25, null, 'after a blank row']
	]);
	[Date.UTC(2011, 2, 10), Date.UTC(2011, 11, 1, 16, 16), Date.UTC(2012, 1, 29)].forEach((ms, i) => {
		people[XLSX.utils.encode_cell({ r: i === 2 ? 4 : i + 1, c: 2 })] = { t: 'n', v: serial(ms), z: 'yyyy-mm-dd hh:mm' };
	});
	const orders = XLSX.utils.aoa_to_sheet([
		['InvoiceNo', 'Amount'],
		['A-1', 10],
		['A-2', 20.5]
	]);
	const empty = XLSX.utils.aoa_to_sheet([]);
	const headerOnly = XLSX.utils.aoa_to_sheet([['a', 'b']]);
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(book, people, 'People');
	XLSX.utils.book_append_sheet(book, orders, 'Orders');
	XLSX.utils.book_append_sheet(book, empty, 'Empty');
	XLSX.utils.book_append_sheet(book, headerOnly, 'Header');
	return new Blob([XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer]);
}

describe('xlsx import', () => {
	test('listSheets(workbook) lists the sheets in order', async () => {
		expect(await listSheets(workbook())).toEqual(['People', 'Orders', 'Empty', 'Header']);
	});

	test('importBlob(workbook) reads the first sheet; date cells become ISO texts; blank rows are skipped', async () => {
		const { table, source } = await importBlob(workbook(), { fileName: 'book.xlsx' });
		expect(source).toMatchObject({ format: 'xlsx', sheet: 'People', sheets: ['People', 'Orders', 'Empty', 'Header'] });
		expect(table.rowCount).toBe(3);
		expect(cellsOf(table, 'CustomerID')).toEqual(['101', '102', '103']);
		expect(cellsOf(table, 'Spend')).toEqual([12.5, 7, 3.25]);
		expect(cellsOf(table, 'Joined')).toEqual(['2011-03-10', '2011-12-01T16:16:00', '2012-02-29']);
		expect(table.columns[2]).toMatchObject({ type: 'datetime', format: 'YYYY-MM-DD[THH:mm:ss]' });
		expect(cellsOf(table, 'Note')).toEqual(['first', null, 'after a blank row']);
	});

	test("importBlob(workbook, {sheet: 'Orders'}) reads the chosen sheet", async () => {
		const { table, source } = await importBlob(workbook(), { fileName: 'book.xlsx', sheet: 'Orders' });
		expect(source.sheet).toBe('Orders');
		expect(cellsOf(table, 'Amount')).toEqual([10, 20.5]);
	});

	test('importBlob refuses an empty sheet, a header-only sheet and an unknown sheet by name', async () => {
		await expect(importBlob(workbook(), { fileName: 'book.xlsx', sheet: 'Empty' })).rejects.toMatchObject({
			code: 'empty-sheet',
			message: 'Sheet "Empty" of "book.xlsx" is empty. Choose another sheet, or add a header row and data to this one.'
		});
		await expect(importBlob(workbook(), { fileName: 'book.xlsx', sheet: 'Header' })).rejects.toMatchObject({
			code: 'header-only',
			message: expect.stringContaining('"book.xlsx" (sheet "Header") has a header but no data rows')
		});
		await expect(importBlob(workbook(), { fileName: 'book.xlsx', sheet: 'Nope' })).rejects.toMatchObject({ code: 'no-sheet' });
	});

	test('importBlob reads a workbook misnamed .csv by its zip signature', async () => {
		const { source } = await importBlob(workbook(), { fileName: 'export.csv' });
		expect(source.format).toBe('xlsx');
	});

	test('importBlob refuses a zip that is not a workbook', async () => {
		const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
		await expect(importBlob(new Blob([zip]), { fileName: 'archive.xlsx' })).rejects.toMatchObject({ code: 'not-xlsx' });
	});

	test('tests/fixtures/bad/book.xlsx has two importable sheets', async () => {
		const blob = await openAsBlob(fixturePath('bad/book.xlsx'));
		expect(await listSheets(blob)).toEqual(['Customers', 'Orders']);
		const second = await importBlob(blob, { fileName: 'book.xlsx', sheet: 'Orders' });
		expect(second.table.rowCount).toBe(2);
		expect(second.table.columns[2]).toMatchObject({ type: 'datetime', format: 'YYYY-MM-DDTHH:mm:ss' });
	});
});
