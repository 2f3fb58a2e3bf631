// Column types. While a file streams in, only the storage matters (numbers or dictionary codes), and
// that is chosen on the first rows (`inferStorage`). Once every row is in, dictionary columns get
// their final type from all their distinct values (`classifyDictionary`): datetime, identifier,
// free text or categorical. `convertColumn` applies the user's overrides.
import type { ColumnType, DictionaryColumn } from '../table';
import { defaultRole } from './roles';
import { parseDate } from './dates';
import { detectColumnDateFormat } from './dateColumn';
import { isMissingToken } from './missing';
import { parseNumber } from './numbers';
import { nameWords } from './nameWords';

export { convertColumn } from './convert';
export { defaultRole } from './roles';
export { nameWords } from './nameWords';

/** A column is numeric when at most this share of its non-missing cells are not numbers. */
export const maxUnparsedShare = 0.02;
/** A datetime column tolerates this share of rows that do not match its pattern. */
const maxUnparsedDates = 0.05;

const idWords = new Set(['id', 'uuid', 'guid', 'key', 'no', 'nr', 'num', 'number', 'code', 'sku', 'ref']);

/** True for names like CustomerID, customer_id, InvoiceNo, Order Number, StockCode, id, UUID. */
export function isIdLikeName(name: string): boolean {
	const words = nameWords(name);
	if (words.length === 0) return false;
	return idWords.has(words[words.length - 1]) || words[0] === 'id';
}

/**
 * How to store a column, judged from its first rows: numbers when nearly all non-missing cells are
 * numbers, except integer identifiers (an id-like name, or leading zeros as in `00123`), which keep
 * their text. A column with no values yet starts as numbers; later text turns it into a dictionary.
 */
export function inferStorage(name: string, sample: readonly string[], decimalComma: boolean): 'numeric' | 'dictionary' {
	let cells = 0;
	let numbers = 0;
	let integers = 0;
	let leadingZero = false;
	for (const text of sample) {
		if (isMissingToken(text)) continue;
		cells++;
		const v = parseNumber(text, decimalComma);
		if (v !== v) continue;
		numbers++;
		if (Number.isInteger(v)) {
			integers++;
			if (/^\s*0\d/.test(text)) leadingZero = true;
		}
	}
	if (cells === 0) return 'numeric';
	if (cells - numbers > maxUnparsedShare * cells) return 'dictionary';
	if (integers === numbers && (leadingZero || isIdLikeName(name))) return 'dictionary';
	return 'numeric';
}

export interface DictionaryType {
	type: Exclude<ColumnType, 'numeric'>;
	format?: string;
	/** datetime: per dictionary entry, 1 when the entry does not match `format`. */
	unparsed?: Uint8Array;
}

/** Rows that are not missing, and how many rows use each code. */
function codeCounts(codes: Int32Array, size: number): { nonMissing: number; counts: Int32Array } {
	const counts = new Int32Array(size);
	let nonMissing = 0;
	for (let i = 0; i < codes.length; i++) {
		const c = codes[i];
		if (c >= 0) {
			counts[c]++;
			nonMissing++;
		}
	}
	return { nonMissing, counts };
}

/** Entries that `pattern` does not read, and the rows they cover; null when too many rows fail. */
function dateFailures(dictionary: readonly string[], counts: Int32Array, nonMissing: number, pattern: string): Uint8Array | null {
	const failed = new Uint8Array(dictionary.length);
	let failedRows = 0;
	for (let i = 0; i < dictionary.length; i++) {
		if (Number.isNaN(parseDate(dictionary[i], pattern))) {
			failed[i] = 1;
			failedRows += counts[i];
		}
	}
	return failedRows > maxUnparsedDates * nonMissing ? null : failed;
}

/**
 * The final type of a dictionary column from all its values: datetime when one date pattern reads
 * (nearly) every value; identifier for id-like names or all-distinct values without spaces; text for
 * long, mostly distinct values with spaces; categorical otherwise.
 */
export function classifyDictionary(name: string, codes: Int32Array, dictionary: readonly string[]): DictionaryType {
	const { nonMissing, counts } = codeCounts(codes, dictionary.length);
	if (dictionary.length === 0) return { type: 'categorical' };
	const format = detectColumnDateFormat(dictionary.slice(0, 2000));
	if (format) {
		const unparsed = dateFailures(dictionary, counts, nonMissing, format);
		if (unparsed) return { type: 'datetime', format, unparsed };
	}
	if (isIdLikeName(name)) return { type: 'identifier' };
	let length = 0;
	let spaced = 0;
	for (const entry of dictionary) {
		length += entry.length;
		if (/\S\s+\S/.test(entry)) spaced++;
	}
	const meanLength = length / dictionary.length;
	const distinctShare = dictionary.length / nonMissing;
	if (meanLength >= 20 && distinctShare >= 0.5 && spaced >= 0.5 * dictionary.length) return { type: 'text' };
	if (distinctShare === 1 && nonMissing >= 10 && spaced === 0) return { type: 'identifier' };
	return { type: 'categorical' };
}

/** A dictionary column with its type, role and format worked out from its values. */
export function dictionaryColumn(name: string, codes: Int32Array, dictionary: string[]): { column: DictionaryColumn; unparsedDates?: Uint8Array } {
	const { type, format, unparsed } = classifyDictionary(name, codes, dictionary);
	const column: DictionaryColumn = { name, type, role: defaultRole(type, dictionary.length), codes, dictionary };
	if (format) column.format = format;
	return { column, unparsedDates: unparsed };
}
