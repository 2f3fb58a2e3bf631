// Which column names the customer: the one asked for, else the table's identifier column (by its
// meaning or role), else a refusal that lists the columns that could be one (no repeated values).
import { meaningOf } from '../io/meaning';
import type { Column, Table } from '../table';
import { idText } from './idText';

export class IdColumnError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'IdColumnError';
	}
}

function isIdentifier(column: Column): boolean {
	const meaning = meaningOf(column);
	return meaning === 'identifier' || column.role === 'id' || column.type === 'identifier';
}

/** Columns whose non-missing values never repeat (and are not all missing): ids could be there. */
export function idCandidates(table: Table): string[] {
	return table.columns
		.filter((column) => {
			if (column.type === 'numeric' && meaningOf(column) !== 'identifier' && meaningOf(column) !== 'index' && !isIntegerColumn(column.values)) return false;
			const seen = new Set<string>();
			for (let row = 0; row < table.rowCount; row++) {
				const id = idText(column, row);
				if (id === '') continue;
				if (seen.has(id)) return false;
				seen.add(id);
			}
			return seen.size > 0;
		})
		.map((column) => column.name);
}

function isIntegerColumn(values: Float64Array): boolean {
	for (const v of values) if (!Number.isNaN(v) && !Number.isInteger(v)) return false;
	return true;
}

/**
 * The id column's name: `wanted` when the table has it; else the first column meant as an
 * identifier (meaning 'identifier', role 'id' or type identifier), then an 'index' column.
 * Throws IdColumnError naming `tableName` and the candidate columns otherwise.
 */
export function chooseIdColumn(table: Table, wanted?: string, tableName = 'the table'): string {
	if (wanted !== undefined && wanted !== '') {
		if (table.columns.some((c) => c.name === wanted)) return wanted;
		throw new IdColumnError(`${tableName} has no column "${wanted}" to match customers on; its columns are: ${table.columns.map((c) => c.name).join(', ')}`);
	}
	const found = table.columns.find(isIdentifier) ?? table.columns.find((c) => meaningOf(c) === 'index');
	if (found) return found.name;
	const candidates = idCandidates(table);
	throw new IdColumnError(
		`${tableName} has no column marked as a customer id, so snapshots cannot be matched. ` +
			(candidates.length
				? `Choose the id column: ${candidates.map((c) => `"${c}"`).join(', ')} ${candidates.length === 1 ? 'has' : 'have'} no repeated values.`
				: 'No column has one distinct value per row either: add a customer id column to the data.')
	);
}
