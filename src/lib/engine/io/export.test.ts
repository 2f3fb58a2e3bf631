import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Table } from '../table';
import { csvChunks, escapeCell, toCsv } from './export';
import { importText } from './import';
import { plainTable } from './testing';

const table: Table = {
	rowCount: 3,
	columns: [
		{ name: 'name', type: 'categorical', role: 'feature', codes: Int32Array.from([0, 1, -1]), dictionary: ['=SUM(A1)', 'a, "b"\nc'] },
		{ name: 'spend', type: 'numeric', role: 'feature', values: Float64Array.from([-3.5, Number.NaN, 1e21]) }
	]
};

describe('escapeCell', () => {
	test.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=1+2', "'=1+2"],
		['+49 30', "'+49 30"],
		['-3.5', "'-3.5"],
		['@cmd', "'@cmd"],
		['\tx', "'\tx"],
		['\rx', `"'\rx"`],
		['', '']
	])('escapeCell(%j) is %j', (text, expected) => {
		expect(escapeCell(text)).toBe(expected);
	});

	test('escapeCell(number) writes numbers as numbers: -3.5 keeps its minus, NaN is empty', () => {
		expect(escapeCell(-3.5)).toBe('-3.5');
		expect(escapeCell(Number.NaN)).toBe('');
		expect(escapeCell(1e21)).toBe('1e+21');
	});

	test("escapeCell('a;b', ';') quotes the chosen delimiter only", () => {
		expect(escapeCell('a;b', ';')).toBe('"a;b"');
		expect(escapeCell('a,b', ';')).toBe('a,b');
	});
});

describe('toCsv', () => {
	test('toCsv(table) writes a header, RFC 4180 quoting and CRLF line breaks', () => {
		expect(toCsv(table)).toBe(`name,spend\r\n'=SUM(A1),-3.5\r\n"a, ""b""\nc",\r\n,1e+21\r\n`);
	});

	test('toCsv(table, {extraColumns, delimiter}) appends columns, checking their length', () => {
		const csv = toCsv(table, { delimiter: ';', newline: '\n', extraColumns: [{ name: 'cluster', values: [0, 2, 1] }] });
		expect(csv.split('\n')[0]).toBe('name;spend;cluster');
		expect(csv.split('\n')[1]).toBe("'=SUM(A1);-3.5;0");
		expect(() => toCsv(table, { extraColumns: [{ name: 'x', values: [1] }] })).toThrow('extra column "x" has 1 values for 3 rows');
	});

	test('csvChunks(table, {rowsPerChunk: 2}) yields pieces that join to toCsv(table)', () => {
		const chunks = [...csvChunks(table, { rowsPerChunk: 2 })];
		expect(chunks).toHaveLength(2);
		expect(chunks.join('')).toBe(toCsv(table));
	});

	test('importText(toCsv(table)) reads back the same numbers and texts (texts without formula characters)', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', ',', '\n', 'é', '😀'), minLength: 1, maxLength: 8 }).map((s) => `t${s}`);
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), text), { minLength: 1, maxLength: 20 }), (rows) => {
				const dictionary = [...new Set(rows.map((r) => r[1]))];
				const original: Table = {
					rowCount: rows.length,
					columns: [
						{ name: 'x', type: 'numeric', role: 'feature', values: Float64Array.from(rows, (r) => (r[0] === 0 ? 0 : r[0])) },
						{ name: 'label', type: 'categorical', role: 'feature', codes: Int32Array.from(rows, (r) => dictionary.indexOf(r[1])), dictionary }
					]
				};
				const back = plainTable(importText(toCsv(original), { fileName: 'round.csv' }).table);
				const expected = plainTable(original);
				expect(back.columns.map((c) => c.cells)).toEqual(expected.columns.map((c) => c.cells));
			})
		);
	});
});
