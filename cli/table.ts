// Plain-text tables for the terminal: a header, a rule, padded columns, numbers right-aligned.

export type Cell = string | number | undefined | null;

/** A number as people read it: integers whole, large values to 2 decimals, small ones to 4 significant digits; '-' for none. */
export function formatNumber(value: number | undefined | null): string {
	if (value === undefined || value === null || Number.isNaN(value)) return '-';
	if (Number.isInteger(value)) return String(value);
	if (Math.abs(value) >= 100) return value.toFixed(2);
	return String(Number(value.toPrecision(4)));
}

function text(cell: Cell): string {
	return typeof cell === 'number' || cell === undefined || cell === null ? formatNumber(cell) : cell;
}

function decimals(cell: string): number {
	const dot = cell.indexOf('.');
	return dot < 0 ? 0 : cell.length - dot - 1;
}

/** A numeric column's cells, all with as many decimals as the one that needs the most (at most 6). */
function alignDecimals(rows: Cell[][], j: number): string[] {
	const texts = rows.map((row) => text(row[j]));
	const places = Math.min(6, Math.max(...texts.map(decimals)));
	return rows.map((row, i) => (typeof row[j] === 'number' && !Number.isNaN(row[j]) ? (row[j] as number).toFixed(places) : texts[i]));
}

/** The table as lines joined with '\n' (and a final newline); numeric columns share their decimals and align right. */
export function formatTable(headers: string[], rows: Cell[][]): string {
	const numeric = headers.map((_, j) => rows.length > 0 && rows.every((row) => typeof row[j] !== 'string'));
	const columns = headers.map((_, j) => (numeric[j] ? alignDecimals(rows, j) : rows.map((row) => text(row[j]))));
	const cells = rows.map((_, i) => columns.map((column) => column[i]));
	const widths = headers.map((h, j) => Math.max(h.length, ...cells.map((row) => row[j].length)));
	const line = (row: string[]) =>
		row
			.map((cell, j) => (numeric[j] ? cell.padStart(widths[j]) : cell.padEnd(widths[j])))
			.join('  ')
			.trimEnd();
	const rule = widths.map((w) => '-'.repeat(w)).join('  ');
	return [line(headers), rule, ...cells.map(line)].join('\n') + '\n';
}

/** "name: value" lines with the names padded to one width. */
export function formatPairs(pairs: [string, Cell][]): string {
	const width = Math.max(...pairs.map(([name]) => name.length));
	return pairs.map(([name, value]) => `${(name + ':').padEnd(width + 1)} ${text(value)}`).join('\n') + '\n';
}
