// What a model's prediction form offers per input column: the range (numbers) or the values
// (categories) the training rows held, and whether the recipe can fill the column when left empty.
import { derivedColumn, readsNumbers } from '../prep/derive';
import type { FittedRecipe } from '../prep/recipe';
import type { Column, Table } from '../table';
import type { InputColumnSpec } from './types';

/** Categories listed per column at most; rarer ones are still accepted when typed into a file. */
export const maxListedCategories = 500;

/** One spec per fitted input, over `rows` of `table` (default every row). */
export function describeInputs(table: Table, fitted: FittedRecipe, rows?: ArrayLike<number>): InputColumnSpec[] {
	return fitted.inputs.map((input) => {
		const stored = table.columns.find((c) => c.name === input.column);
		if (!stored) throw new Error(`column "${input.column}" is used by the recipe but the table has no such column`);
		// Codes are offered as their categories; dates as the dates seen (the recipe counts the days).
		const column = input.derive?.kind === 'code' ? derivedColumn(stored, input.derive) : stored;
		const optional = input.fill !== null;
		if (readsNumbers(input)) return { name: input.column, type: 'numeric', ...numericRange(column, rows), optional };
		return { name: input.column, type: 'categorical', categories: categoriesByCount(column, rows), optional };
	});
}

function numericRange(column: Column, rows?: ArrayLike<number>): { min?: number; max?: number } {
	if (column.type !== 'numeric') return {};
	let min = Infinity;
	let max = -Infinity;
	const n = rows ? rows.length : column.values.length;
	for (let i = 0; i < n; i++) {
		const v = column.values[rows ? rows[i] : i];
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return min <= max ? { min, max } : {};
}

function categoriesByCount(column: Column, rows?: ArrayLike<number>): string[] {
	// The recipe fitted this input as a category, so the table's column holds text.
	if (column.type === 'numeric') return [];
	const counts = new Int32Array(column.dictionary.length);
	const n = rows ? rows.length : column.codes.length;
	for (let i = 0; i < n; i++) {
		const code = column.codes[rows ? rows[i] : i];
		if (code >= 0) counts[code]++;
	}
	return [...counts.keys()]
		.filter((c) => counts[c] > 0)
		.sort((a, b) => counts[b] - counts[a] || a - b)
		.slice(0, maxListedCategories)
		.map((c) => column.dictionary[c]);
}
