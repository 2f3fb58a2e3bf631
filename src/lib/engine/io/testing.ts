// Helpers shared by the io tests: tables as plain values, so two imports can be compared with toEqual.
import type { Table } from '../table';
import { importBlob, type ImportOptions, type ImportResult } from './import';

export interface PlainColumn {
	name: string;
	type: string;
	format?: string;
	/** Numbers for numeric columns (NaN kept), raw strings for the others, null = missing. */
	cells: (number | string | null)[];
}

export function plainTable(table: Table): { rowCount: number; columns: PlainColumn[] } {
	return {
		rowCount: table.rowCount,
		columns: table.columns.map((column) => {
			const cells =
				column.type === 'numeric'
					? Array.from(column.values)
					: Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]));
			const plain: PlainColumn = { name: column.name, type: column.type, cells };
			if (column.type !== 'numeric' && column.format) plain.format = column.format;
			return plain;
		})
	};
}

/** The cells of one column by name. */
export function cellsOf(table: Table, name: string): (number | string | null)[] {
	const column = plainTable(table).columns.find((c) => c.name === name);
	if (!column) throw new Error(`no column "${name}"`);
	return column.cells;
}

/** Imports bytes or text as a Blob, the way the browser imports a File. */
export function importBytes(content: Uint8Array | string, options: ImportOptions): Promise<ImportResult> {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	return importBlob(new Blob([bytes as Uint8Array<ArrayBuffer>]), options);
}
