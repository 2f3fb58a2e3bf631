// A new file's columns as the model needs them: found by name (exactly, else ignoring case and
// surrounding spaces) and converted when the file's type differs from the training data's (a
// region code read as a number where the model saw categories, numbers stored as text).
import { convertColumn } from '../io/convert';
import { readsNumbers } from '../prep/derive';
import type { Column, Table } from '../table';
import type { SegmentModel } from './types';

/** A table of just the model's input columns, named as the model names them. */
export function tableForModel(model: SegmentModel, table: Table): { table: Table; conversions: string[] } {
	const conversions: string[] = [];
	const missing: string[] = [];
	const columns: Column[] = [];
	for (const input of model.fitted.inputs) {
		const found = findByName(table, input.column);
		if (!found) {
			missing.push(input.column);
			continue;
		}
		let column: Column = { ...found, name: input.column };
		const wantsNumbers = readsNumbers(input);
		// A days-since input reads the file's dates with the pattern stored at fitting, whatever their type.
		if (input.derive?.kind !== 'daysSince' && wantsNumbers !== (column.type === 'numeric')) {
			const converted = convertColumn(column, wantsNumbers ? 'numeric' : 'categorical');
			column = converted.column;
			const lost = converted.unparsed ? ` (${converted.unparsed} values were not numbers and count as missing)` : '';
			conversions.push(`${input.column} read as ${wantsNumbers ? 'numbers' : 'categories'}, as in the training data${lost}`);
		}
		columns.push(column);
	}
	if (missing.length) {
		const list = missing.map((m) => `"${m}"`).join(', ');
		throw new Error(`the file has no column${missing.length > 1 ? 's' : ''} ${list}, which the model needs; it reads ${model.fitted.inputs.map((i) => i.column).join(', ')}`);
	}
	return { table: { rowCount: table.rowCount, columns }, conversions };
}

function findByName(table: Table, name: string): Column | undefined {
	const exact = table.columns.find((c) => c.name === name);
	if (exact) return exact;
	const wanted = name.trim().toLowerCase();
	return table.columns.find((c) => c.name.trim().toLowerCase() === wanted);
}
