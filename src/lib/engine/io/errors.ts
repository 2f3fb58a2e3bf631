// Import failures the user can act on. Each message names the file (and the row, column or sheet
// where it applies) and says what to do; the worker passes `message` to the UI unchanged.

export type ImportErrorCode =
	| 'empty'
	| 'header-only'
	| 'binary'
	| 'invalid-json'
	| 'not-records'
	| 'no-columns'
	| 'too-many-columns'
	| 'empty-sheet'
	| 'no-sheet'
	| 'not-xlsx'
	| 'unsupported';

export class ImportError extends Error {
	readonly code: ImportErrorCode;
	readonly fileName: string;
	readonly row?: number;
	readonly column?: string;

	constructor(code: ImportErrorCode, fileName: string, message: string, where: { row?: number; column?: string } = {}) {
		super(message);
		this.name = 'ImportError';
		this.code = code;
		this.fileName = fileName;
		this.row = where.row;
		this.column = where.column;
	}
}

export function emptyFile(fileName: string): ImportError {
	return new ImportError('empty', fileName, `"${fileName}" is empty. Choose a file with a header line and at least one row of data.`);
}

export function headerOnly(fileName: string, where = ''): ImportError {
	return new ImportError(
		'header-only',
		fileName,
		`"${fileName}"${where} has a header but no data rows. Add rows below the header line and import it again.`
	);
}

export function noColumns(fileName: string, where: string, reason: string): ImportError {
	return new ImportError(
		'no-columns',
		fileName,
		`"${fileName}"${where} has no usable columns: ${reason}. Check that the first line holds the column names and the lines below hold the data.`
	);
}

/** Columns a table may have. Past this, every step (summaries, prepared features, clustering) is unusable in a browser tab. */
export const maxColumns = 20_000;

export function tooManyColumns(fileName: string, where: string, count: number): ImportError {
	return new ImportError(
		'too-many-columns',
		fileName,
		`"${fileName}"${where} has ${count.toLocaleString('en-US')} columns; Segment Lab handles up to ${maxColumns.toLocaleString('en-US')}. Keep only the columns you need (or turn rows and columns around if each column is a customer) and import it again.`
	);
}
