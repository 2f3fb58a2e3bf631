// Transaction dates as milliseconds (wall clock read as UTC, see io/dates.ts), whatever form the
// date column arrived in. Missing or unreadable cells become NaN.
import { detectDateFormat, parseDate } from '../io/dates';
import type { Column } from '../table';

const day = 86_400_000;
/** Excel's day 0 (1899-12-30), so serial 1 is 1900-01-01 as spreadsheets count it after Feb 1900. */
const excelEpoch = Date.UTC(1899, 11, 30);

export interface DateValues {
	ms: Float64Array;
	/** The text pattern used, 'epoch ms', 'epoch s' or 'excel serial' for numbers. */
	format: string;
}

/**
 * Dictionary columns are parsed once per distinct text with the column's `format`, or a pattern
 * detected from its dictionary. Numeric columns are read by magnitude: above 1e11 as epoch
 * milliseconds, above 1e8 as epoch seconds, otherwise as Excel serial day numbers.
 */
export function readDates(column: Column): DateValues {
	if (column.type === 'numeric') return readNumericDates(column.values, column.name);
	const format = column.format ?? detectDateFormat(column.dictionary);
	if (!format) throw new Error(`column "${column.name}" does not hold dates in one format; choose the invoice date column`);
	const parsed = column.dictionary.map((text) => parseDate(text, format));
	const ms = new Float64Array(column.codes.length);
	for (let i = 0; i < ms.length; i++) {
		const code = column.codes[i];
		ms[i] = code < 0 ? Number.NaN : parsed[code];
	}
	return { ms, format };
}

function readNumericDates(values: Float64Array, name: string): DateValues {
	let largest = 0;
	for (const v of values) if (Math.abs(v) > largest) largest = Math.abs(v);
	if (largest === 0) throw new Error(`column "${name}" has no dates`);
	if (largest > 1e11) return { ms: values.slice(), format: 'epoch ms' };
	if (largest > 1e8) return { ms: values.map((v) => v * 1000), format: 'epoch s' };
	return { ms: values.map((v) => excelEpoch + Math.round(v * day)), format: 'excel serial' };
}

/** Midnight (UTC wall clock) at the start of the day holding `ms`. */
export function startOfDay(ms: number): number {
	return Math.floor(ms / day) * day;
}

export const msPerDay = day;
