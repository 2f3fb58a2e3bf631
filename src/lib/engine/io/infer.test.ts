import { describe, expect, test } from 'vitest';
import type { DictionaryColumn, NumericColumn } from '../table';
import { parseDate } from './dates';
import { dictionaryFromTexts } from './dictionary';
import { classifyDictionary, convertColumn, defaultRole, inferStorage, isIdLikeName } from './infer';

function dictionary(texts: (string | undefined)[]) {
	return dictionaryFromTexts(texts.length, (i) => texts[i]);
}

function textColumn(name: string, texts: (string | undefined)[], type: DictionaryColumn['type'] = 'categorical'): DictionaryColumn {
	return { name, type, role: 'feature', ...dictionary(texts) };
}

describe('isIdLikeName', () => {
	test.each(['CustomerID', 'customer_id', 'Customer Id', 'InvoiceNo', 'invoice no', 'Order Number', 'StockCode', 'id', 'ID', 'UUID', 'sku', 'user_key'])(
		'isIdLikeName(%j) is true',
		(name) => {
			expect(isIdLikeName(name)).toBe(true);
		}
	);

	test.each(['Casino', 'Quantity', 'Fresh', 'Grocery', 'Idle time', 'Region', 'Video', 'Country', 'Paid'])('isIdLikeName(%j) is false', (name) => {
		expect(isIdLikeName(name)).toBe(false);
	});
});

describe('inferStorage', () => {
	test('inferStorage stores numbers as numbers, text as a dictionary', () => {
		expect(inferStorage('Milk', ['1', '2.5', '-3', 'NA'], false)).toBe('numeric');
		expect(inferStorage('Country', ['UK', 'France', '3'], false)).toBe('dictionary');
		expect(inferStorage('Rate', ['3,5', '1.234,5'], true)).toBe('numeric');
	});

	test('inferStorage keeps integer identifiers (id-like name or leading zeros) as text', () => {
		expect(inferStorage('CustomerID', ['12346', '12347', 'NA'], false)).toBe('dictionary');
		expect(inferStorage('zip', ['00123', '12345'], false)).toBe('dictionary');
		expect(inferStorage('Price code', ['1.5', '2.5'], false)).toBe('numeric');
	});

	test('inferStorage tolerates at most 2% stray text in a numeric column', () => {
		const numbers = Array.from({ length: 98 }, (_, i) => String(i));
		expect(inferStorage('x', [...numbers, 'oops', 'n/a', ''], false)).toBe('numeric');
		expect(inferStorage('x', [...numbers, 'oops', 'again', 'three'], false)).toBe('dictionary');
	});

	test('inferStorage starts an all-missing column as numbers', () => {
		expect(inferStorage('later', ['', 'NA', ' '], false)).toBe('numeric');
	});
});

describe('classifyDictionary', () => {
	test('classifyDictionary finds datetimes and their pattern', () => {
		const { codes, dictionary: d } = dictionary(['2011-03-10 16:16:00', '2011-03-11 08:00:00', undefined]);
		expect(classifyDictionary('InvoiceDate', codes, d)).toMatchObject({ type: 'datetime', format: 'YYYY-MM-DD HH:mm:ss' });
	});

	test('classifyDictionary keeps a datetime column with a few stray values, flagging them', () => {
		const texts = Array.from({ length: 100 }, (_, i) => (i === 7 ? 'unknown' : `1/${(i % 28) + 1}/2011`));
		const { codes, dictionary: d } = dictionary(texts);
		const result = classifyDictionary('when', codes, d);
		expect(result).toMatchObject({ type: 'datetime', format: 'M/D/YYYY' });
		expect(Array.from(result.unparsed!).reduce((a, b) => a + b, 0)).toBe(1);
	});

	test('classifyDictionary: id-like names and all-distinct short values are identifiers', () => {
		const ids = dictionary(['a1', 'b2', 'a1']);
		expect(classifyDictionary('CustomerID', ids.codes, ids.dictionary).type).toBe('identifier');
		const distinct = dictionary(Array.from({ length: 12 }, (_, i) => `X-${i}`));
		expect(classifyDictionary('ref', distinct.codes, distinct.dictionary).type).toBe('identifier');
		expect(classifyDictionary('label', distinct.codes, distinct.dictionary).type).toBe('identifier');
	});

	test('classifyDictionary: long, mostly distinct values with spaces are free text', () => {
		const notes = dictionary(Array.from({ length: 20 }, (_, i) => `customer called about order number ${i}`));
		expect(classifyDictionary('note', notes.codes, notes.dictionary).type).toBe('text');
	});

	test('classifyDictionary: repeated short values are categorical', () => {
		const countries = dictionary(Array.from({ length: 30 }, (_, i) => ['United Kingdom', 'France', 'EIRE'][i % 3]));
		expect(classifyDictionary('Country', countries.codes, countries.dictionary).type).toBe('categorical');
	});
});

describe('defaultRole', () => {
	test('defaultRole gives features to numbers and small categoricals, id to identifiers, ignore otherwise', () => {
		expect(defaultRole('numeric')).toBe('feature');
		expect(defaultRole('identifier')).toBe('id');
		expect(defaultRole('categorical', 5)).toBe('feature');
		expect(defaultRole('categorical', 500)).toBe('ignore');
		expect(defaultRole('datetime')).toBe('ignore');
		expect(defaultRole('text')).toBe('ignore');
	});
});

describe('convertColumn', () => {
	const numeric: NumericColumn = { name: 'n', type: 'numeric', role: 'feature', values: Float64Array.from([1.5, Number.NaN, -3, 1.5]) };

	test("convertColumn(numeric, 'categorical') writes the numbers as text, missing stays missing", () => {
		const { column, unparsed } = convertColumn(numeric, 'categorical');
		expect(unparsed).toBe(0);
		expect(column).toMatchObject({ type: 'categorical', dictionary: ['1.5', '-3'], role: 'feature' });
		expect(Array.from((column as DictionaryColumn).codes)).toEqual([0, -1, 1, 0]);
	});

	test("convertColumn(text, 'numeric') counts the values that are not numbers", () => {
		const { column, unparsed } = convertColumn(textColumn('t', ['1', 'x', undefined, '2.5', 'x']), 'numeric');
		expect(unparsed).toBe(2);
		expect(Array.from((column as NumericColumn).values)).toEqual([1, Number.NaN, Number.NaN, 2.5, Number.NaN]);
	});

	test("convertColumn(text with decimal commas, 'numeric') reads the commas", () => {
		const { column } = convertColumn(textColumn('t', ['1.234,5', '3,5']), 'numeric');
		expect(Array.from((column as NumericColumn).values)).toEqual([1234.5, 3.5]);
	});

	test("convertColumn(text, 'datetime') detects the pattern and counts what it cannot read", () => {
		const { column, unparsed } = convertColumn(textColumn('d', ['31/10/2011', '1/2/2011', 'soon']), 'datetime');
		const dates = column as DictionaryColumn;
		expect(dates.format).toBe('D/M/YYYY');
		expect(unparsed).toBe(1);
		expect(parseDate(dates.dictionary[dates.codes[0]], dates.format!)).toBe(Date.UTC(2011, 9, 31));
	});

	test("convertColumn(numbers, 'datetime') refuses with the column's name when no pattern fits", () => {
		expect(() => convertColumn(numeric, 'datetime')).toThrow(/column "n" has no values in a date format/);
	});

	test("convertColumn(datetime, 'identifier') keeps the codes and drops the format", () => {
		const dates: DictionaryColumn = { ...textColumn('d', ['2011-01-01', '2011-01-02']), type: 'datetime', format: 'YYYY-MM-DD' };
		const { column } = convertColumn(dates, 'identifier');
		expect(column).toMatchObject({ type: 'identifier', role: 'id', dictionary: ['2011-01-01', '2011-01-02'] });
		expect('format' in column).toBe(false);
	});

	test('convertColumn(column, its own type) returns the column unchanged', () => {
		expect(convertColumn(numeric, 'numeric').column).toBe(numeric);
	});
});
