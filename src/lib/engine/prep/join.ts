// Joining a lookup table onto a table on a key column (transactions' RFM per customer, then the
// customers file's Region and SignupDate on CustomerID). Keys compare as text, with numbers written
// the way the table shows them, so 17850 read as a number matches "17850" and "17850.0" read as text.
// The right-hand table must name each key once: a duplicate would silently multiply rows, so it is
// refused with the key and both rows named. Left keys may repeat (many transactions, one customer).
import { cellText, findColumn, type Column, type Table } from '../table';

export type JoinHow = 'left' | 'inner';

export interface JoinOptions {
	/** Key column of the left table. */
	on: string;
	/** Key column of the right table; default the same name as `on`. */
	rightOn?: string;
	/** left: every left row, blanks where nothing matched; inner: matched rows only. Default left. */
	how?: JoinHow;
	/** Appended in brackets to right-hand column names the left table already has; default "right". */
	rightName?: string;
}

/** How the keys matched, for the analyst to judge the join before saving it. */
export interface JoinReport {
	how: JoinHow;
	leftRows: number;
	rightRows: number;
	/** Left rows whose key was found on the right. */
	matchedRows: number;
	/** Left rows with a key the right table does not have (kept with blanks by a left join). */
	unmatchedRows: number;
	/** Left rows without a key (never matched). */
	missingKeyRows: number;
	/** Distinct left keys not found on the right, up to 10, and how many there are. */
	unmatchedKeys: { count: number; examples: string[] };
	/** Distinct right keys no left row uses, up to 10, and how many there are. */
	unusedRightKeys: { count: number; examples: string[] };
	/** Right-hand columns added, with their names in the result. */
	added: string[];
	/** Rows of the joined table. */
	rows: number;
}

export class JoinError extends Error {
	override name = 'JoinError';
}

const exampleCount = 10;
const numberText = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Each row's key as text ('' = missing); `numbers`: numeric text as the number prints. Dictionary keys are read once per code. */
function keyReader(column: Column, numbers: boolean): (row: number) => string {
	if (column.type === 'numeric') return (row) => cellText(column, row);
	const keys = column.dictionary.map((raw) => {
		const text = raw.trim();
		return numbers && numberText.test(text) ? String(Number(text)) : text;
	});
	return (row) => (column.codes[row] < 0 ? '' : keys[column.codes[row]]);
}

/** Row of each right key; throws JoinError on a duplicate key (1-based data rows in the message). */
function indexKeys(column: Column, rows: number, tableName: string, numbers: boolean): Map<string, number> {
	const index = new Map<string, number>();
	const keyOf = keyReader(column, numbers);
	for (let row = 0; row < rows; row++) {
		const key = keyOf(row);
		if (key === '') continue;
		const first = index.get(key);
		if (first !== undefined) {
			throw new JoinError(
				`"${column.name}" in ${tableName} names the key "${key}" twice (data rows ${first + 1} and ${row + 1}); ` +
					`a join needs one row per key there — remove the duplicates or aggregate them first`
			);
		}
		index.set(key, row);
	}
	return index;
}

/** Whether every key of the column is a number or numeric text. */
function numericKeys(column: Column): boolean {
	return column.type === 'numeric' || column.dictionary.every((text) => text.trim() === '' || numberText.test(text.trim()));
}

function firstOf(keys: Set<string>): string[] {
	const out: string[] = [];
	for (const key of keys) {
		if (out.length === exampleCount) break;
		out.push(key);
	}
	return out;
}

function gather(column: Column, rows: Int32Array, name: string): Column {
	const n = rows.length;
	if (column.type === 'numeric') {
		const values = new Float64Array(n);
		for (let i = 0; i < n; i++) values[i] = rows[i] < 0 ? NaN : column.values[rows[i]];
		return { ...column, name, values };
	}
	const codes = new Int32Array(n);
	for (let i = 0; i < n; i++) codes[i] = rows[i] < 0 ? -1 : column.codes[rows[i]];
	return { ...column, name, codes };
}

function uniqueName(name: string, taken: Set<string>, rightName: string): string {
	let candidate = taken.has(name) ? `${name} (${rightName})` : name;
	for (let i = 2; taken.has(candidate); i++) candidate = `${name} (${rightName} ${i})`;
	taken.add(candidate);
	return candidate;
}

/** The left table with the right table's columns (key excluded) joined on the key. */
export function joinTables(left: Table, right: Table, options: JoinOptions): { table: Table; report: JoinReport } {
	const how = options.how ?? 'left';
	const rightName = options.rightName ?? 'right';
	const leftKey = findColumn(left, options.on);
	const rightKey = findColumn(right, options.rightOn ?? options.on);
	const numbers = numericKeys(leftKey) && numericKeys(rightKey);
	const index = indexKeys(rightKey, right.rowCount, `"${rightName}"`, numbers);

	const match = new Int32Array(left.rowCount);
	const unmatched = new Set<string>();
	const used = new Set<number>();
	const keyOf = keyReader(leftKey, numbers);
	let missingKeyRows = 0;
	let unmatchedRows = 0;
	for (let row = 0; row < left.rowCount; row++) {
		const key = keyOf(row);
		const found = key === '' ? undefined : index.get(key);
		match[row] = found ?? -1;
		if (found !== undefined) used.add(found);
		else if (key === '') missingKeyRows++;
		else {
			unmatchedRows++;
			unmatched.add(key);
		}
	}
	const keep = how === 'left' ? null : match.reduce((n, m) => n + (m >= 0 ? 1 : 0), 0);
	const leftRows = new Int32Array(keep ?? left.rowCount);
	const rightRows = new Int32Array(leftRows.length);
	for (let row = 0, out = 0; row < left.rowCount; row++) {
		if (keep !== null && match[row] < 0) continue;
		leftRows[out] = row;
		rightRows[out++] = match[row];
	}

	const taken = new Set(left.columns.map((c) => c.name));
	const added: string[] = [];
	const columns = left.columns.map((c) => gather(c, leftRows, c.name));
	for (const column of right.columns) {
		if (column === rightKey) continue;
		const name = uniqueName(column.name, taken, rightName);
		added.push(name);
		columns.push(gather(column, rightRows, name));
	}

	const unused = new Set<string>();
	for (const [key, row] of index) if (!used.has(row) && unused.size < exampleCount) unused.add(key);
	const report: JoinReport = {
		how,
		leftRows: left.rowCount,
		rightRows: right.rowCount,
		matchedRows: left.rowCount - unmatchedRows - missingKeyRows,
		unmatchedRows,
		missingKeyRows,
		unmatchedKeys: { count: unmatched.size, examples: firstOf(unmatched) },
		unusedRightKeys: { count: index.size - used.size, examples: [...unused] },
		added,
		rows: leftRows.length
	};
	return { table: { rowCount: leftRows.length, columns }, report };
}
