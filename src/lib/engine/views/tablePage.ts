// A rectangle of a table as display text, for the Data step's virtual table: the page asks for the
// rows and columns on screen and never holds the whole table.
import { cellText, type Table } from '../table';

export interface TablePage {
	/** First row and column of the page (0-based). */
	row: number;
	col: number;
	/** cells[r][c] is the text of row `row + r`, column `col + c` ('' = missing). */
	cells: string[][];
}

/** Rows [row, row + rows) by columns [col, col + cols), clipped to the table. */
export function tablePage(table: Table, row: number, rows: number, col: number, cols: number): TablePage {
	const r0 = Math.max(0, Math.min(row, table.rowCount));
	const r1 = Math.max(r0, Math.min(table.rowCount, row + rows));
	const c0 = Math.max(0, Math.min(col, table.columns.length));
	const columns = table.columns.slice(c0, Math.max(c0, col + cols));
	const cells: string[][] = [];
	for (let r = r0; r < r1; r++) cells.push(columns.map((c) => cellText(c, r)));
	return { row: r0, col: c0, cells };
}

/** The first `limit` columns of one row as label/value pairs, for a tooltip. */
export function rowDetails(table: Table, row: number, limit = 12): { label: string; value: string }[] {
	if (!Number.isInteger(row) || row < 0 || row >= table.rowCount) throw new Error(`row ${row + 1} does not exist; the table has ${table.rowCount} rows`);
	return table.columns.slice(0, limit).map((c) => ({ label: c.name, value: cellText(c, row) }));
}
