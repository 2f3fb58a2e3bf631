// A JSON array of records -> Table, through the same column inference as delimited text: each
// record is a row, the keys (in order of first appearance) are the columns. Numbers, strings and
// booleans become cell texts, null and absent keys are missing, nested values are kept as JSON text.
import type { Table } from '../table';
import { ImportError } from './errors';
import { TableBuilder } from './tableBuilder';
import type { WarningLog } from './warnings';

export interface JsonOptions {
	/** Named in errors. */
	fileName: string;
	/** Where warnings go. */
	warnings: WarningLog;
}

/** Rows handed to the builder at a time. */
const batchRows = 10_000;

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let p = text.indexOf('\n'); p !== -1 && p < offset; p = text.indexOf('\n', p + 1)) {
		line++;
		lineStart = p + 1;
	}
	return { line, column: offset - lineStart + 1 };
}

/** Where JSON.parse failed, from the engine's message (V8 gives an offset, Firefox a line and column). */
function faultLocation(text: string, message: string): { line: number; column: number } | null {
	const lineColumn = /line (\d+) column (\d+)/i.exec(message);
	if (lineColumn) return { line: +lineColumn[1], column: +lineColumn[2] };
	const position = /position (\d+)/i.exec(message);
	if (position) return lineAndColumn(text, +position[1]);
	if (/end of (JSON )?(input|data)/i.test(message)) return lineAndColumn(text, text.length);
	return null;
}

function invalidJson(fileName: string, text: string, error: unknown): ImportError {
	const detail = error instanceof Error ? error.message : String(error);
	const where = faultLocation(text, detail);
	const at = where ? `at line ${where.line}, column ${where.column}` : 'somewhere in the file (this browser does not say where)';
	const reason = detail.replace(/\s*(in JSON )?at position \d+.*$/i, '').replace(/^JSON\.parse: /, '');
	return new ImportError(
		'invalid-json',
		fileName,
		`"${fileName}" is not valid JSON ${at}: ${reason}. Fix the file there, or export the data again, and import it again.`
	);
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function notRecords(fileName: string, found: string): ImportError {
	return new ImportError(
		'not-records',
		fileName,
		`"${fileName}" is JSON but not an array of records: expected [{"column": value, ...}, ...] and found ${found}. Export the data as an array of objects, one per row.`
	);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return JSON.stringify(value);
}

/** The records of a JSON text; throws ImportError naming the fault's line and column. */
function parseRecords(text: string, fileName: string): Record<string, unknown>[] {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw invalidJson(fileName, text, error);
	}
	if (!Array.isArray(value)) {
		const arrays = isRecord(value) ? Object.keys(value).filter((k) => Array.isArray(value[k])) : [];
		const hint = arrays.length ? ` (the records may be in its "${arrays[0]}" property)` : '';
		throw notRecords(fileName, `${describe(value)}${hint}`);
	}
	const bad = value.findIndex((item) => !isRecord(item));
	if (bad >= 0) {
		throw new ImportError(
			'not-records',
			fileName,
			`"${fileName}" is a JSON array, but item ${bad + 1} is ${describe(value[bad])}, not a record. Every item of the array must be an object like {"column": value}.`,
			{ row: bad + 1 }
		);
	}
	if (value.length === 0) {
		throw new ImportError('header-only', fileName, `"${fileName}" holds an empty JSON array: there are no rows to import. Export the data again with its records.`);
	}
	return value;
}

export function parseJsonRecords(text: string, options: JsonOptions): Table {
	const { fileName, warnings } = options;
	const records = parseRecords(text.replace(/^\uFEFF/, ''), fileName);
	const columns = new Map<string, number>();
	for (const record of records) for (const key of Object.keys(record)) if (!columns.has(key)) columns.set(key, columns.size);
	const keys = [...columns.keys()];
	const builder = new TableBuilder({ fileName, warnings, estimateRows: () => records.length, skipBlankRows: false });
	// Keys are names already; a blank one still gets a generated name through the header row.
	builder.addRows([keys.length ? keys : ['']]);
	for (let start = 0; start < records.length; start += batchRows) {
		// Own keys only: a record without "toString" must not read Object.prototype.toString.
		const rows = records.slice(start, start + batchRows).map((record) => keys.map((key) => cellText(Object.hasOwn(record, key) ? record[key] : undefined)));
		builder.addRows(rows);
	}
	return builder.finish();
}
