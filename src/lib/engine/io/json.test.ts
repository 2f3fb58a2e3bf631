import { describe, expect, test } from 'vitest';
import { ImportError } from './errors';
import { lineAndColumn, parseJsonRecords } from './json';
import { cellsOf, plainTable } from './testing';
import { WarningLog } from './warnings';

const read = (text: string) => parseJsonRecords(text, { fileName: 'data.json', warnings: new WarningLog() });

function failure(text: string): ImportError {
	try {
		read(text);
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('expected an ImportError');
}

describe('parseJsonRecords', () => {
	test('parseJsonRecords reads numbers, strings, booleans, null and nested values', () => {
		const table = read('[{"id": "00123", "spend": 12.5, "member": true, "tags": ["a"], "note": null}, {"id": "00124", "spend": -3, "member": false, "extra": {"k": 1}}]');
		expect(table.columns.map((c) => [c.name, c.type])).toEqual([
			['id', 'identifier'],
			['spend', 'numeric'],
			['member', 'categorical'],
			['tags', 'categorical'],
			['note', 'numeric'],
			['extra', 'categorical']
		]);
		expect(cellsOf(table, 'id')).toEqual(['00123', '00124']);
		expect(cellsOf(table, 'spend')).toEqual([12.5, -3]);
		expect(cellsOf(table, 'member')).toEqual(['true', 'false']);
		expect(cellsOf(table, 'tags')).toEqual(['["a"]', null]);
		expect(cellsOf(table, 'extra')).toEqual([null, '{"k":1}']);
	});

	test('parseJsonRecords keeps a record whose only value is null as a missing row', () => {
		expect(plainTable(read('[{"a": null}, {"a": 2}]')).columns[0].cells).toEqual([Number.NaN, 2]);
	});

	test('parseJsonRecords names the line and column of a syntax error', () => {
		const error = failure('[\n  {"a": 1},\n  {"a": 2 "b": 3}\n]');
		expect(error.code).toBe('invalid-json');
		expect(error.message).toMatch(/^"data\.json" is not valid JSON at line 3, column 11: /);
	});

	test('parseJsonRecords places an unexpected end at the end of the text', () => {
		expect(failure('[{"a": 1},\n').message).toMatch(/line 2, column 1/);
	});

	test('parseJsonRecords refuses JSON that is not an array of records, saying what it found', () => {
		expect(failure('{"rows": [{"a": 1}]}')).toMatchObject({ code: 'not-records', message: expect.stringMatching(/found an object \(the records may be in its "rows" property\)/) });
		expect(failure('[{"a": 1}, 2]')).toMatchObject({ code: 'not-records', row: 2, message: expect.stringMatching(/item 2 is a number/) });
		expect(failure('"text"').message).toMatch(/found a string/);
		expect(failure('[]').code).toBe('header-only');
	});
});

describe('lineAndColumn', () => {
	test('lineAndColumn counts 1-based lines and columns', () => {
		expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
		expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
	});
});
