// Table -> CSV text (RFC 4180 quoting) for downloads and the CLI. Text cells that a spreadsheet
// would run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe;
// numbers from numeric columns are written as numbers, so -3.5 stays -3.5.
import type { Column, Table } from '../table';
import { withDefaults } from './options';

export interface CsvOptions {
	/** Columns appended after the table's own (e.g. cluster labels), one value per row; default none. */
	extraColumns?: { name: string; values: ArrayLike<string | number> }[];
	/** Field separator; default ','. */
	delimiter?: string;
	/** Line break; default '\r\n' as RFC 4180 says. */
	newline?: string;
	/** Rows per chunk yielded by csvChunks; default 10000. */
	rowsPerChunk?: number;
}

const defaults = { extraColumns: [] as NonNullable<CsvOptions['extraColumns']>, delimiter: ',', newline: '\r\n', rowsPerChunk: 10_000 };

const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV field. Numbers are written as JavaScript writes them (NaN -> empty); text is guarded
 * against formula injection and quoted when it holds the delimiter, a quote or a line break.
 */
export function escapeCell(value: string | number, delimiter = ','): string {
	if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
	const text = formulaStart.test(value) ? `'${value}` : value;
	const quote = text.includes('"') || text.includes('\n') || text.includes('\r') || text.includes(delimiter);
	return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellOf(column: Column, row: number): string | number {
	if (column.type === 'numeric') return column.values[row];
	const code = column.codes[row];
	return code < 0 ? '' : column.dictionary[code];
}

/** The CSV in pieces of `rowsPerChunk` rows (the first piece starts with the header line). */
export function* csvChunks(table: Table, options: CsvOptions = {}): Generator<string> {
	const { extraColumns, delimiter, newline, rowsPerChunk } = withDefaults(defaults, options);
	for (const extra of extraColumns) {
		if (extra.values.length !== table.rowCount) {
			throw new Error(`extra column "${extra.name}" has ${extra.values.length} values for ${table.rowCount} rows`);
		}
	}
	const names = [...table.columns.map((c) => c.name), ...extraColumns.map((c) => c.name)];
	let chunk = names.map((name) => escapeCell(name, delimiter)).join(delimiter) + newline;
	const fields: string[] = [];
	for (let row = 0; row < table.rowCount; row++) {
		fields.length = 0;
		for (const column of table.columns) fields.push(escapeCell(cellOf(column, row), delimiter));
		for (const extra of extraColumns) fields.push(escapeCell(extra.values[row], delimiter));
		chunk += fields.join(delimiter) + newline;
		if ((row + 1) % rowsPerChunk === 0) {
			yield chunk;
			chunk = '';
		}
	}
	if (chunk !== '') yield chunk;
}

/** The whole table as CSV text, header first. */
export function toCsv(table: Table, options: CsvOptions = {}): string {
	let text = '';
	for (const chunk of csvChunks(table, options)) text += chunk;
	return text;
}
