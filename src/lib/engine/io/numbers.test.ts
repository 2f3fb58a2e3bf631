import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isMissingToken } from './missing';
import { formatNumber, parseNumber, parseNumberText, parsePlainNumber } from './numbers';

describe('parsePlainNumber', () => {
	test.each([
		['0', 0],
		['7', 7],
		['-12.5', -12.5],
		['007', 7],
		['.5', 0.5],
		['5.', 5],
		['123456789012345', 123456789012345],
		['0.1', 0.1],
		['-0.30', -0.3]
	])("parsePlainNumber('%s', '.') is %d", (text, value) => {
		expect(parsePlainNumber(text, 46)).toBe(value);
	});

	test.each(['', '-', '.', '1e5', '+4', ' 1', '1 ', '1,5', '1.2.3', '1234567890123456', 'abc', '--1', '0x1F'])(
		"parsePlainNumber('%s', '.') is NaN (left to the general reader)",
		(text) => {
			expect(parsePlainNumber(text, 46)).toBeNaN();
		}
	);

	test("parsePlainNumber('3,25', ',') reads the comma as the decimal point", () => {
		expect(parsePlainNumber('3,25', 44)).toBe(3.25);
		expect(parsePlainNumber('3.25', 44)).toBeNaN();
	});

	test('parsePlainNumber agrees with Number() on every plain decimal of up to 15 digits', () => {
		const plain = fc
			.tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,8}$/), fc.option(fc.stringMatching(/^[0-9]{0,7}$/)))
			.map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);
		fc.assert(
			fc.property(plain, (text) => {
				expect(Object.is(parsePlainNumber(text, 46), Number(text))).toBe(true);
			})
		);
	});

	test('parsePlainNumber reads back what String(x) writes for doubles in fixed notation', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
				const text = String(x);
				const v = parsePlainNumber(text, 46);
				if (!Number.isNaN(v)) expect(v).toBe(Number(text));
			})
		);
	});
});

describe('parseNumberText', () => {
	test.each([
		['1e-3', 0.001],
		['+4', 4],
		[' 12 ', 12],
		['1,234.5', 1234.5],
		['-1,234,567', -1234567],
		['1E+21', 1e21]
	])("parseNumberText('%s', false) is %d", (text, value) => {
		expect(parseNumberText(text, false)).toBe(value);
	});

	test.each(['Infinity', '0x1F', '1,23', '12,34,567', 'abc', '', '1.2.3', '€4'])("parseNumberText('%s', false) is NaN", (text) => {
		expect(parseNumberText(text, false)).toBeNaN();
	});

	test.each([
		['1.234,56', 1234.56],
		['3,5', 3.5],
		['-12.345.678,9', -12345678.9],
		[',5', 0.5],
		['1.234', 1234],
		['42', 42],
		['1.5', 1.5]
	])("parseNumberText('%s', true) reads decimal commas: %d", (text, value) => {
		expect(parseNumberText(text, true)).toBe(value);
	});

	test("parseNumber('1.234,56', true) falls back from the fast path", () => {
		expect(parseNumber('1.234,56', true)).toBe(1234.56);
		expect(parseNumber('2,5', true)).toBe(2.5);
	});

	test('formatNumber(1234.5, true) writes a decimal comma', () => {
		expect(formatNumber(1234.5, true)).toBe('1234,5');
		expect(formatNumber(-3, false)).toBe('-3');
	});
});

describe('isMissingToken', () => {
	test.each(['', ' ', 'NA', 'na', 'N/A', 'n/a', 'NULL', 'null', 'Null', '-', '?', 'n.a.', 'N.A.', 'NaN', '#N/A', '<NA>', '  NA  ', '\t'])(
		"isMissingToken('%s') is true",
		(text) => {
			expect(isMissingToken(text)).toBe(true);
		}
	);

	test.each(['0', 'None', 'nan1', 'NAME', 'n', '--', 'a', 'null value', '-1'])("isMissingToken('%s') is false", (text) => {
		expect(isMissingToken(text)).toBe(false);
	});
});
