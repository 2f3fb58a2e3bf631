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
export async function listSheets(blob: Blob, fileName = 'workbook.xlsx'): Promise<string[]> {
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
	const rows = sheetRows(xlsx, book.Sheets[sheet]?.['!data'] ?? []);
	if (rows.length === 0) {
		throw new ImportError('empty-sheet', fileName, `Sheet "${sheet}" of "${fileName}" is empty. Choose another sheet, or add a header row and data to this one.`);
	}
	const builder = new TableBuilder({ fileName, warnings, where, estimateRows: () => rows.length, skipBlankRows: false });
	for (let start = 0; start < rows.length; start += batchRows) {
		const batch = rows.slice(start, start + batchRows);
		builder.addRows(batch.map((r) => r.cells), (i) => batch[i].line);
	}
	return { table: builder.finish(), sheet, sheets: names };
}

/** Non-empty rows as texts, cut to the last column that holds anything, with their sheet row numbers. */
function sheetRows(xlsx: Xlsx, data: CellObject[][]): { cells: string[]; line: number }[] {
	const texts: { cells: string[]; line: number }[] = [];
	let width = 0;
	data.forEach((row, r) => {
		if (!row) return;
		const cells: string[] = [];
		for (let c = 0; c < row.length; c++) cells.push(cellText(xlsx, row[c]));
		let last = cells.length;
		while (last > 0 && cells[last - 1].trim() === '') last--;
		if (last === 0) return;
		width = Math.max(width, last);
		texts.push({ cells, line: r + 1 });
	});
	for (const row of texts) {
		row.cells.length = width;
		for (let c = 0; c < width; c++) row.cells[c] ??= '';
	}
	return texts;
}
