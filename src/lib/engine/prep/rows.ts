// Which rows reach the matrix: a row is dropped when a 'drop' column has no value, when a value
// lies beyond a 'drop' outlier rule's bounds, or (new rows only) when log1p cannot take it
// (<= -1). Each dropped row is counted once, under the first reason in that order.
import type { Column, Table } from '../table';
import { derivedColumn } from './derive';
import type { DroppedCount, FittedInput } from './recipe';
import { filledValues } from './transform';

export type RowCheck = 'missing' | 'outliers' | 'log1p';

/** The table's column for each input, read through its derivation; throws naming a column that is absent or of the wrong kind. */
export function bindColumns(table: Table, inputs: FittedInput[]): Column[] {
	return inputs.map((input) => {
		const stored = table.columns.find((c) => c.name === input.column);
		if (!stored) {
			throw new Error(`column "${input.column}" is used by the recipe but the table has no such column; add it or refit the recipe`);
		}
		const column = derivedColumn(stored, input.derive);
		if ((column.type === 'numeric') !== (input.kind === 'numeric')) {
			throw new Error(`column "${input.column}" was ${input.kind} when the recipe was fitted but is ${column.type} here`);
		}
		return column;
	});
}

export function allRows(n: number): Int32Array {
	const rows = new Int32Array(n);
	for (let i = 0; i < n; i++) rows[i] = i;
	return rows;
}

/** 1 for each of `rows` the check drops, or null when the check does not apply to this input. */
function dropMask(check: RowCheck, column: Column, input: FittedInput, rows: Int32Array): { reason: string; mask: Uint8Array } | null {
	const mask = new Uint8Array(rows.length);
	if (check === 'missing') {
		if (input.fill !== null) return null;
		if (column.type === 'numeric') for (let i = 0; i < rows.length; i++) mask[i] = column.values[rows[i]] !== column.values[rows[i]] ? 1 : 0;
		else for (let i = 0; i < rows.length; i++) mask[i] = column.codes[rows[i]] < 0 ? 1 : 0;
		return { reason: `missing value in ${input.column}`, mask };
	}
	if (column.type !== 'numeric') return null;
	if (check === 'outliers') {
		const bounds = input.bounds;
		if (bounds?.action !== 'drop') return null;
		const values = filledValues(column, input, rows);
		for (let i = 0; i < rows.length; i++) mask[i] = values[i] < bounds.lower || values[i] > bounds.upper ? 1 : 0;
		return { reason: `outlier in ${input.column}`, mask };
	}
	if (!input.log1p) return null;
	const values = filledValues(column, input, rows);
	for (let i = 0; i < rows.length; i++) mask[i] = values[i] <= -1 ? 1 : 0;
	return { reason: `value <= -1 in ${input.column} (log1p undefined)`, mask };
}

/** The rows of `rows` that pass the checks, and how many each reason removed (reasons with 0 left out). */
export function keepRows(columns: Column[], inputs: FittedInput[], rows: Int32Array, checks: RowCheck[]): { rows: Int32Array; dropped: DroppedCount[] } {
	const dropped: DroppedCount[] = [];
	let kept = rows;
	for (const check of checks) {
		inputs.forEach((input, j) => {
			const test = dropMask(check, columns[j], input, kept);
			if (!test) return;
			const next = new Int32Array(kept.length);
			let n = 0;
			for (let i = 0; i < kept.length; i++) if (test.mask[i] === 0) next[n++] = kept[i];
			if (n < kept.length) {
				dropped.push({ reason: test.reason, count: kept.length - n });
				kept = next.slice(0, n);
			}
		});
	}
	return { rows: kept, dropped };
}
