// .xlsx workbooks -> Table through the same builder and inference as text files. SheetJS is loaded
// with a dynamic import so the browser only downloads it for a workbook. Date cells become ISO
// texts built from the cell's serial number ('2011-03-10' or '2011-03-10T16:16:00'), never through
// a JavaScript Date, so the machine's time zone cannot shift them.
import type { CellObject, WorkBook } from '@e965/xlsx';
import type { Table } from '../table';
import { ImportError } from './errors';
import { TableBuilder } from './tableBuilder';
import type { WarningLog } from './warnings';

type Xlsx = typeof import('@e965/xlsx');

export interface XlsxOptions {
	/** Named in errors. */
	fileName: string;
	/** Where warnings go. */
	warnings: WarningLog;
	/** Sheet to read; default the first. */
	sheet?: string;
}

export interface XlsxResult {
	table: Table;
	sheet: string;
	sheets: string[];
}

/** Rows handed to the builder at a time. */
const batchRows = 10_000;

function notWorkbook(fileName: string, error: unknown): ImportError {
	const detail = error instanceof Error ? `: ${error.message}` : '';
	return new ImportError(
		'not-xlsx',
		fileName,
		`"${fileName}" could not be read as an Excel workbook (.xlsx)${detail}. Open it in a spreadsheet program and save it as .xlsx or CSV.`
	);
}

async function readWorkbook(blob: Blob, fileName: string, options: { bookSheets?: boolean; sheets?: string }): Promise<{ xlsx: Xlsx; book: WorkBook }> {
	const xlsx = await import('@e965/xlsx');
	const data = new Uint8Array(await blob.arrayBuffer());
	try {
		return { xlsx, book: xlsx.read(data, { type: 'array', dense: true, cellNF: true, cellDates: false, cellHTML: false, ...options }) };
	} catch (error) {
		throw notWorkbook(fileName, error);
	}
}

/** The names of a workbook's sheets, in workbook order. */
export async function listSheets(blob: Blob, fileName: string): Promise<string[]> {
	const { book } = await readWorkbook(blob, fileName, { bookSheets: true });
	return book.SheetNames;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date cell's serial number as ISO text: the date alone when it has no time of day. */
function isoDate(xlsx: Xlsx, serial: number): string {
	const d = xlsx.SSF.parse_date_code(serial) as { y: number; m: number; d: number; H: number; M: number; S: number };
	const date = `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
	return d.H === 0 && d.M === 0 && d.S === 0 ? date : `${date}T${pad(d.H)}:${pad(d.M)}:${pad(d.S)}`;
}

function cellText(xlsx: Xlsx, cell: CellObject | undefined): string {
	if (!cell || cell.v === undefined || cell.v === null) return '';
	switch (cell.t) {
		case 'n':
			return typeof cell.z === 'string' && xlsx.SSF.is_date(cell.z) ? isoDate(xlsx, cell.v as number) : String(cell.v);
		case 's':
			return cell.v as string;
		case 'b':
			return cell.v ? 'true' : 'false';
		case 'd':
			return (cell.v as Date).toISOString().replace(/\.000Z$/, '').replace(/T00:00:00$/, '');
		default:
			// 'e' (#N/A, #DIV/0!) and 'z' (a formatted empty cell) hold no value.
			return '';
	}
}

/** A workbook sheet as a Table; throws ImportError for missing or empty sheets. */
export async function readXlsx(blob: Blob, options: XlsxOptions): Promise<XlsxResult> {
	const { fileName, warnings } = options;
	const names = await listSheets(blob, fileName);
	if (names.length === 0) throw notWorkbook(fileName, null);
	const sheet = options.sheet ?? names[0];
	if (!names.includes(sheet)) {
		throw new ImportError('no-sheet', fileName, `"${fileName}" has no sheet named "${sheet}". Its sheets are: ${names.map((n) => `"${n}"`).join(', ')}.`);
	}
	const { xlsx, book } = await readWorkbook(blob, fileName, { sheets: sheet });
	const where = ` (sheet "${sheet}")`;
	const data: CellObject[][] = book.Sheets[sheet]?.['!data'] ?? [];
	const width = usedWidth(data);
	if (width === 0) {
		throw new ImportError('empty-sheet', fileName, `Sheet "${sheet}" of "${fileName}" is empty. Choose another sheet, or add a header row and data to this one.`);
	}
	const builder = new TableBuilder({ fileName, warnings, where, estimateRows: () => data.length, skipBlankRows: false });
	for (const { rows, lines } of rowBatches(xlsx, data, width)) builder.addRows(rows, (i) => lines[i]);
	return { table: builder.finish(), sheet, sheets: names };
}

function hasValue(cell: CellObject | undefined): boolean {
	if (!cell || cell.v === undefined || cell.v === null || cell.t === 'e' || cell.t === 'z') return false;
	return typeof cell.v !== 'string' || cell.v.trim() !== '';
}

/** Columns up to the last one that holds a value in any row (formatted empty cells do not count). */
function usedWidth(data: readonly (CellObject[] | undefined)[]): number {
	let width = 0;
	for (const row of data) {
		if (!row) continue;
		for (let c = row.length - 1; c >= width; c--) {
			if (hasValue(row[c])) {
				width = c + 1;
				break;
			}
		}
	}
	return width;
}

/** The sheet's rows with a value, as texts `width` wide, in batches with their sheet row numbers. */
function* rowBatches(xlsx: Xlsx, data: readonly (CellObject[] | undefined)[], width: number): Generator<{ rows: string[][]; lines: number[] }> {
	let rows: string[][] = [];
	let lines: number[] = [];
	for (let r = 0; r < data.length; r++) {
		const row = data[r];
		if (!row || !row.some(hasValue)) continue;
		const cells: string[] = new Array(width);
		for (let c = 0; c < width; c++) cells[c] = cellText(xlsx, row[c]);
		rows.push(cells);
		lines.push(r + 1);
		if (rows.length === batchRows) {
			yield { rows, lines };
			rows = [];
			lines = [];
		}
	}
	if (rows.length) yield { rows, lines };
}
