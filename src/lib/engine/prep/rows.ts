// Which rows reach the matrix: a row is dropped when a 'drop' column has no value, when a value
// lies beyond a 'drop' outlier rule's bounds, or (new rows only) when log1p cannot take it
// (<= -1). Each dropped row is counted once, under the first reason in that order.
import { isMissing, type Column, type NumericColumn, type Table } from '../table';
import { isOutside } from './outliers';
import type { DroppedCount, FittedInput } from './recipe';
import { filledValue } from './transform';

export type RowCheck = 'missing' | 'outliers' | 'log1p';

/** The table's column for each input; throws naming a column that is absent or of the wrong kind. */
export function bindColumns(table: Table, inputs: FittedInput[]): Column[] {
	return inputs.map((input) => {
		const column = table.columns.find((c) => c.name === input.column);
		if (!column) {
			throw new Error(`column "${input.column}" is used by the recipe but the table has no such column; add it or refit the recipe`);
		}
		if ((column.type === 'numeric') !== (input.kind === 'numeric')) {
			throw new Error(`column "${input.column}" was ${input.kind} when the recipe was fitted but is ${column.type} here`);
		}
		return column;
	});
}

export function allRows(n: number): Int32Array {
	return Int32Array.from({ length: n }, (_, i) => i);
}

type RowTest = (row: number) => boolean;

function dropTest(check: RowCheck, column: Column, input: FittedInput): { reason: string; drops: RowTest } | null {
	if (check === 'missing') {
		return input.fill === null ? { reason: `missing value in ${input.column}`, drops: (r) => isMissing(column, r) } : null;
	}
	if (column.type !== 'numeric') return null;
	const numeric = column as NumericColumn;
	const bounds = input.bounds;
	if (check === 'outliers') {
		if (bounds?.action !== 'drop') return null;
		return { reason: `outlier in ${input.column}`, drops: (r) => isOutside(filledValue(numeric, input, r), bounds) };
	}
	return input.log1p ? { reason: `value <= -1 in ${input.column} (log1p undefined)`, drops: (r) => filledValue(numeric, input, r) <= -1 } : null;
}

/** The rows of `rows` that pass the checks, and how many each reason removed (reasons with 0 left out). */
export function keepRows(columns: Column[], inputs: FittedInput[], rows: Int32Array, checks: RowCheck[]): { rows: Int32Array; dropped: DroppedCount[] } {
	const dropped: DroppedCount[] = [];
	let kept = rows;
	for (const check of checks) {
		inputs.forEach((input, j) => {
			const test = dropTest(check, columns[j], input);
			if (!test) return;
			const next = kept.filter((r) => !test.drops(r));
			if (next.length < kept.length) dropped.push({ reason: test.reason, count: kept.length - next.length });
			kept = next;
		});
	}
	return { rows: kept, dropped };
}
