import { describe, expect, test } from 'vitest';
import { usesDecimalComma } from './decimalComma';
import { detectDelimiter, detectNewline } from './delimiter';

describe('detectNewline', () => {
	test.each([
		['a,b\r\n1,2', '\r\n'],
		['a,b\n1,2', '\n'],
		['a,b\r1,2', '\r'],
		['"x\ny",b\r\n1,2', '\r\n'],
		['a,b', '\n']
	])('detectNewline(%j) is %j', (sample, newline) => {
		expect(detectNewline(sample)).toBe(newline);
	});
});

describe('detectDelimiter', () => {
	test("detectDelimiter ignores delimiters inside quotes ('\"a,b\";c')", () => {
		expect(detectDelimiter('"a,b";c\n"d,e,f";g\n"h";i', '\n')).toBe(';');
	});

	test('detectDelimiter picks the candidate that keeps the field count constant', () => {
		expect(detectDelimiter('a;b;c\n1,5;2;3\n2,25;4;5', '\n')).toBe(';');
	});

	test('detectDelimiter prefers more fields, and the extension, among equally consistent candidates', () => {
		const sample = 'name\tcity, country\n1\tParis, France';
		expect(detectDelimiter(sample, '\n')).toBe('\t');
		expect(detectDelimiter('name;city, country\nA;Paris, France', '\n')).toBe(';');
		expect(detectDelimiter('a,b|c\n1,2|3', '\n')).toBe('|');
		expect(detectDelimiter('a,b\tc\n1,2\t3', '\n', '\t')).toBe('\t');
	});

	test("detectDelimiter falls back to ',' for a single column", () => {
		expect(detectDelimiter('name\nA\nB', '\n')).toBe(',');
	});
});

describe('usesDecimalComma', () => {
	test.each([
		[['1.234,56', '3,5', 'x'], true],
		[['3,5', '2'], true],
		[['1,234', '12,500'], true],
		[['1.5', '2.25'], false],
		[['1,234.5', '3,5'], false],
		[['1.234', '7'], false],
		[['abc', ''], false]
	])('usesDecimalComma(%j) is %s', (cells, expected) => {
		expect(usesDecimalComma(cells)).toBe(expected);
	});
});
