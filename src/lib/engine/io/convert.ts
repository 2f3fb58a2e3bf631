// User type overrides: re-encode a column as another type, counting the values that did not fit.
import type { Column, ColumnType, DictionaryColumn, NumericColumn } from '../table';
import { parseDate } from './dates';
import { detectColumnDateFormat } from './dateColumn';
import { usesDecimalComma } from './decimalComma';
import { dictionaryFromTexts } from './dictionary';
import { defaultRole } from './roles';
import { parseNumber } from './numbers';

function toNumeric(column: DictionaryColumn): { column: NumericColumn; unparsed: number } {
	const decimalComma = usesDecimalComma(column.dictionary.slice(0, 2000));
	const numbers = column.dictionary.map((text) => parseNumber(text, decimalComma));
	const values = new Float64Array(column.codes.length);
	let unparsed = 0;
	for (let i = 0; i < values.length; i++) {
		const code = column.codes[i];
		const v = code < 0 ? Number.NaN : numbers[code];
		if (code >= 0 && Number.isNaN(v)) unparsed++;
		values[i] = v;
	}
	return { column: { name: column.name, type: 'numeric', role: defaultRole('numeric'), values }, unparsed };
}

function textsOf(column: Column): { codes: Int32Array; dictionary: string[] } {
	if (column.type !== 'numeric') return { codes: column.codes, dictionary: column.dictionary };
	const values = column.values;
	return dictionaryFromTexts(values.length, (row) => (Number.isNaN(values[row]) ? undefined : String(values[row])));
}

function toDatetime(column: Column): { column: DictionaryColumn; unparsed: number } {
	const { codes, dictionary } = textsOf(column);
	// The user asked for dates: a majority of date-like values is enough to choose a pattern.
	const format = detectColumnDateFormat(dictionary.slice(0, 2000), 0.5);
	if (!format) {
		throw new Error(
			`column "${column.name}" has no values in a date format Segment Lab reads (such as 2011-03-10, 3/10/2011 14:05 or 10.03.2011); it was left as it is`
		);
	}
	const failed = dictionary.map((text) => Number.isNaN(parseDate(text, format)));
	let unparsed = 0;
	for (let i = 0; i < codes.length; i++) if (codes[i] >= 0 && failed[codes[i]]) unparsed++;
	return { column: { name: column.name, type: 'datetime', role: defaultRole('datetime'), codes, dictionary, format }, unparsed };
}

/**
 * The column re-encoded as `type`, with the number of non-missing values that did not convert (they
 * become missing for numbers; for dates they keep their text but read as missing dates). Numbers
 * become text as JavaScript writes them (`12.5`); text becomes numbers with decimal commas when the
 * values use them. The role becomes the new type's default. Throws when no date pattern fits.
 */
export function convertColumn(column: Column, type: ColumnType): { column: Column; unparsed: number } {
	if (column.type === type) return { column, unparsed: 0 };
	if (type === 'datetime') return toDatetime(column);
	if (type === 'numeric') return toNumeric(column as DictionaryColumn);
	const { codes, dictionary } = textsOf(column);
	return { column: { name: column.name, type, role: defaultRole(type, dictionary.length), codes, dictionary }, unparsed: 0 };
}
