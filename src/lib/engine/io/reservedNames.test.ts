// Columns named like Object.prototype's members must behave like any other name.
import { describe, expect, test } from 'vitest';
import { appendRow } from '../model/appendRow';
import { categorical, numeric, tableOf } from '../prep/testing';
import { importText } from './import';
import { parseJsonRecords } from './json';
import { cellsOf } from './testing';
import { WarningLog } from './warnings';

const reserved = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('column names that are Object.prototype members', () => {
	test('importText(constructor,__proto__,toString,hasOwnProperty,valueOf) keeps every name and its own values', () => {
		const csv = `${reserved.join(',')}\n1,2,3,4,5\n10,20,30,40,50\n`;
		const { table } = importText(csv, { fileName: 'reserved.csv' });
		expect(table.columns.map((c) => c.name)).toEqual(reserved);
		reserved.forEach((name, j) => expect(cellsOf(table, name)).toEqual([j + 1, (j + 1) * 10]));
	});

	test('parseJsonRecords(records missing "toString") leaves the cell missing instead of reading Object.prototype', () => {
		const text = JSON.stringify([{ a: 'x', toString: 'hello', constructor: 'c' }, { a: 'y' }]);
		const table = parseJsonRecords(text, { fileName: 'r.json', warnings: new WarningLog() });
		expect(cellsOf(table, 'toString')).toEqual(['hello', null]);
		expect(cellsOf(table, 'constructor')).toEqual(['c', null]);
	});

	test('appendRow(table with a "toString" column, {}) leaves it missing', () => {
		const out = appendRow(tableOf(numeric('valueOf', [1]), categorical('toString', ['a'])), {});
		expect(cellsOf(out, 'valueOf')).toEqual([1, Number.NaN]);
		expect(cellsOf(out, 'toString')).toEqual(['a', null]);
	});
});
