import { describe, expect, test } from 'vitest';
import { sniffFormat, sniffText } from './sniff';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffFormat', () => {
	test('sniffFormat sees a zip (PK\\x03\\x04) as xlsx whatever the name', () => {
		expect(sniffFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), 'data.csv')).toBe('xlsx');
	});

	test('sniffFormat refuses NUL bytes and many control characters as binary', () => {
		expect(sniffFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'image.csv')).toBe('binary');
		expect(sniffFormat(Uint8Array.from([1, 2, 3, 4, 5, 6, 65, 66]), 'x.csv')).toBe('binary');
		expect(sniffFormat(bytes('a\tb\r\nc\fd\n'), 'x.csv')).toBe('delimited');
	});

	test('sniffFormat names old .xls workbooks and UTF-16 text, which are not read', () => {
		expect(sniffFormat(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'old.xls')).toBe('xls');
		expect(sniffFormat(Uint8Array.from([0xff, 0xfe, 0x61, 0]), 'u.txt')).toBe('utf-16');
	});

	test('sniffFormat sees JSON arrays of records even when misnamed, behind a byte-order mark', () => {
		expect(sniffFormat(bytes('\uFEFF  [\n {"a": 1}]'), 'data.csv')).toBe('json');
		expect(sniffFormat(bytes('[]'), 'data.txt')).toBe('json');
		expect(sniffFormat(bytes('a,b\n1,2\n'), 'data.json')).toBe('json');
		expect(sniffFormat(new Uint8Array(0), 'x.csv')).toBe('empty');
	});
});

describe('sniffText', () => {
	test("sniffText keeps a CSV whose header starts with '[' delimited", () => {
		expect(sniffText('[id],name\n1,a\n', 'data.csv')).toBe('delimited');
	});

	test('sniffText reads unnamed pasted text starting with { or [ as JSON', () => {
		expect(sniffText('{"a": 1}', 'pasted data')).toBe('json');
		expect(sniffText('[1, 2]', 'pasted data')).toBe('json');
		expect(sniffText('a\tb\n', 'pasted data')).toBe('delimited');
	});
});
