import { openAsBlob, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixturePath, wholesaleColumns } from '../../../../tests/helpers/fixtures';
import { CancelledError } from '../progress';
import { findColumn, type DictionaryColumn } from '../table';
import { importBlob, importText, ImportError } from './import';
import { cellsOf, importBytes, plainTable } from './testing';

const fixture = async (relative: string) => importBlob(await openAsBlob(fixturePath(relative)), { fileName: relative.split('/').pop()! });

async function fixtureError(relative: string): Promise<ImportError> {
	try {
		await fixture(relative);
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error(`${relative} imported without an error`);
}

describe('importBlob on the datasets', () => {
	test('importBlob(wholesale-customers.csv) gives 440 rows x 8 numeric columns equal to the file', async () => {
		const { table, source, warnings } = await fixture('data/wholesale-customers.csv');
		expect(table.rowCount).toBe(440);
		expect(table.columns.map((c) => c.type)).toEqual(Array(8).fill('numeric'));
		const expected = wholesaleColumns();
		for (const column of table.columns) expect(cellsOf(table, column.name)).toEqual(expected[column.name]);
		expect(source).toEqual({ fileName: 'wholesale-customers.csv', byteSize: 15021, format: 'csv', delimiter: ',', decimalComma: false, encoding: 'utf-8' });
		expect(warnings).toEqual([]);
	});

	test('importBlob(online-retail-20k.csv) detects dates, identifiers with missing values and categories', async () => {
		const { table, warnings } = await fixture('data/online-retail-20k.csv');
		expect(table.rowCount).toBe(20000);
		expect(table.columns.map((c) => c.name)).toEqual(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country']);
		expect(findColumn(table, 'InvoiceDate')).toMatchObject({ type: 'datetime', format: 'YYYY-MM-DD HH:mm:ss' });
		const customer = findColumn(table, 'CustomerID') as DictionaryColumn;
		expect(customer.type).toBe('identifier');
		expect(customer.role).toBe('id');
		expect(customer.codes.filter((c) => c < 0).length).toBe(5078);
		expect(customer.dictionary[customer.codes[1]]).toBe('12621');
		expect(['text', 'categorical']).toContain(findColumn(table, 'Description').type);
		expect(findColumn(table, 'Country').type).toBe('categorical');
		expect(findColumn(table, 'Quantity').type).toBe('numeric');
		expect(findColumn(table, 'UnitPrice').type).toBe('numeric');
		expect(cellsOf(table, 'Quantity').slice(0, 3)).toEqual([2, 20, -71]);
		expect(warnings).toEqual([]);
	});

	test('importBlob(online-retail-20k.csv) gives the same table in 4 KiB steps as in 1 MiB ones', async () => {
		const blob = await openAsBlob(fixturePath('data/online-retail-20k.csv'));
		const small = await importBlob(blob, { fileName: 'retail.csv', chunkBytes: 4096 });
		const large = await importBlob(blob, { fileName: 'retail.csv', chunkBytes: 1 << 20 });
		expect(plainTable(small.table)).toEqual(plainTable(large.table));
	});
});

describe('importBlob on bad files', () => {
	test.each([
		['bad/empty.csv', 'empty', '"empty.csv" is empty. Choose a file with a header line and at least one row of data.'],
		['bad/header-only.csv', 'header-only', '"header-only.csv" has a header but no data rows. Add rows below the header line and import it again.'],
		['bad/binary.csv', 'binary', /^"binary\.csv" looks like a binary file, not a text table/],
		['bad/invalid.json', 'invalid-json', /^"invalid\.json" is not valid JSON at line 3, column 20: /],
		['bad/not-records.json', 'not-records', /^"not-records\.json" is JSON but not an array of records/],
		['bad/no-columns.csv', 'no-columns', /^"no-columns\.csv" has no usable columns: every column has a blank name and no values/]
	])('importBlob(%s) fails with %s and a message naming the file', async (file, code, message) => {
		const error = await fixtureError(file);
		expect(error.code).toBe(code);
		expect(error.fileName).toBe(file.split('/')[1]);
		if (typeof message === 'string') expect(error.message).toBe(message);
		else expect(error.message).toMatch(message);
	});

	test('importBlob(bad/ragged.csv) imports with warnings naming rows and lines', async () => {
		const { table, warnings } = await fixture('bad/ragged.csv');
		expect(table.rowCount).toBe(5);
		expect(warnings.map((w) => [w.kind, w.row, w.line])).toEqual([
			['ragged-row', 2, 3],
			['ragged-row', 4, 5]
		]);
	});

	test('importBlob(bad/latin1.csv) falls back to Windows-1252 and says so', async () => {
		const { table, source, warnings } = await fixture('bad/latin1.csv');
		expect(source.encoding).toBe('windows-1252');
		expect(cellsOf(table, 'name')).toEqual(['José', 'Renée', 'François', 'Anaïs']);
		expect(cellsOf(table, 'city')).toEqual(['Besançon', 'Zürich', 'Málaga', 'Köln']);
		expect(warnings).toEqual([expect.objectContaining({ kind: 'encoding', message: expect.stringContaining('Windows-1252') })]);
	});

	test('importBlob falls back to Windows-1252 when the invalid byte comes after many valid chunks', async () => {
		const text = new TextEncoder().encode('name,n\n' + 'Zoe,1\n'.repeat(2000));
		const bytes = new Uint8Array(text.length + 6);
		bytes.set(text);
		bytes.set([0x52, 0xe9, 0x6d, 0x79, 0x2c, 0x32], text.length);
		const { table, source } = await importBytes(bytes, { fileName: 'late.csv', chunkBytes: 1000 });
		expect(source.encoding).toBe('windows-1252');
		expect(table.rowCount).toBe(2001);
		expect(cellsOf(table, 'name')[2000]).toBe('Rémy');
	});

	test('importBlob(bad/decimal-comma.csv) reads `;` and decimal commas as numbers', async () => {
		const { table, source } = await fixture('bad/decimal-comma.csv');
		expect(source).toMatchObject({ delimiter: ';', decimalComma: true, format: 'csv' });
		expect(cellsOf(table, 'revenue')).toEqual([1234.56, 987.1, 12345, 3.5]);
	});

	test('importBlob(bad/quoted-newlines.csv) keeps line breaks and quotes inside values', async () => {
		const { table } = await fixture('bad/quoted-newlines.csv');
		expect(table.rowCount).toBe(3);
		expect(cellsOf(table, 'comment')).toEqual(['Great service,\nwould buy again', 'She said "fine"\nand left\n(twice)', 'plain']);
	});

	test('importBlob names old .xls workbooks and UTF-16 text instead of misreading them', async () => {
		const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
		await expect(importBytes(xls, { fileName: 'old.xls' })).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('.xls') });
		const utf16 = Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0]);
		await expect(importBytes(utf16, { fileName: 'u.txt' })).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('UTF-16') });
	});

	test('importBlob calls a file of blank lines empty', async () => {
		await expect(importBytes('\n \r\n\t\n', { fileName: 'blank.csv' })).rejects.toMatchObject({ code: 'empty' });
	});
});

describe('importBlob on edge files', () => {
	test('edge files read as their names say', async () => {
		const plain = plainTable(importText('name,spend\nA,1.5\nB,2\n', { fileName: 'x.csv' }).table);
		expect(plainTable((await fixture('edge/bom-crlf.csv')).table)).toEqual(plain);
		expect((await fixture('edge/cr-only.csv')).table.rowCount).toBe(3);
		expect((await fixture('edge/tabs.tsv')).source).toMatchObject({ format: 'tsv', delimiter: '\t' });
		expect((await fixture('edge/pipes.txt')).source.delimiter).toBe('|');
		expect((await fixture('edge/semicolon-dot-decimals.csv')).source).toMatchObject({ delimiter: ';', decimalComma: false });
		expect((await fixture('edge/blank-lines.csv')).table.rowCount).toBe(2);
		expect((await fixture('edge/duplicate-headers.csv')).table.columns.map((c) => c.name)).toEqual(['score', 'score_3', 'column_3', 'Score', 'score_2']);
		expect(cellsOf((await fixture('edge/identifiers.csv')).table, 'zip')).toEqual(['00123', '01234', '12345']);
		expect(cellsOf((await fixture('edge/missing-tokens.csv')).table, 'value').filter((v) => !Number.isNaN(v))).toEqual([4.5]);
		expect((await fixture('edge/records.json')).source.format).toBe('json');
	});

	test('edge/dates.csv: each column gets its date pattern', async () => {
		const { table } = await fixture('edge/dates.csv');
		expect(plainTable(table).columns.map((c) => [c.name, c.format])).toEqual([
			['iso', 'YYYY-MM-DD HH:mm:ss'],
			['us', 'M/D/YYYY H:mm'],
			['eu', 'D-M-YYYY'],
			['dots', 'D.M.YYYY'],
			['us_short', 'M/D/YY H:mm'],
			['iso_t', 'YYYY-MM-DDTHH:mm:ss[.SSS]Z']
		]);
	});
});

describe('importBlob progress and cancellation', () => {
	const big = 'a,b\n' + Array.from({ length: 5000 }, (_, i) => `${i},${i % 7}`).join('\n');

	test('importBlob reports growing progress fractions ending at 1', async () => {
		const fractions: number[] = [];
		const text = 'a,b\n' + Array.from({ length: 400_000 }, (_, i) => `${i},1`).join('\n');
		await importBytes(text, { fileName: 'p.csv', onProgress: (f) => fractions.push(f) });
		expect(fractions.length).toBeGreaterThan(1);
		expect(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > fractions[i - 1]))).toBe(true);
		expect(fractions.at(-1)).toBe(1);
	});

	test('importBlob stops with CancelledError when shouldStop says so', async () => {
		let calls = 0;
		await expect(importBytes(big, { fileName: 'c.csv', shouldStop: () => ++calls > 1 })).rejects.toBeInstanceOf(CancelledError);
	});
});

describe('importText', () => {
	test('importText reads pasted tab-separated text', () => {
		const { table, source } = importText('CustomerID\tSpend\tVisits\n1\t10.5\t3\n2\t20\t4\n3\t7.25\t1\n', { fileName: 'pasted data' });
		expect([table.rowCount, table.columns.length]).toEqual([3, 3]);
		expect(source).toMatchObject({ format: 'tsv', delimiter: '\t', encoding: 'utf-8', byteSize: 49 });
	});

	test('importText reads pasted JSON records', () => {
		expect(importText('[{"a": 1}, {"a": 2}]', { fileName: 'pasted data' }).source.format).toBe('json');
	});

	test('importText refuses blank text and counts bytes as UTF-8', () => {
		expect(() => importText('  \n', { fileName: 'pasted data' })).toThrow(/"pasted data" is empty/);
		expect(importText('a,b\né,😀\n', { fileName: 'p' }).source.byteSize).toBe(new TextEncoder().encode('a,b\né,😀\n').length);
	});

	test('importText and importBlob agree on the same text', async () => {
		const text = readFileSync(fixturePath('data/wholesale-customers.csv'), 'utf8');
		const fromText = importText(text, { fileName: 'w.csv' });
		const fromBlob = await importBytes(text, { fileName: 'w.csv' });
		expect(plainTable(fromText.table)).toEqual(plainTable(fromBlob.table));
	});
});
