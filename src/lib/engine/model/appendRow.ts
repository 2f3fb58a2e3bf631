// A table with one more row, typed into a form: numbers parsed, categories added to the column's
// dictionary when new, every column the values do not name left missing.
import type { Column, Table } from '../table';
import { inputValue, type InputValues } from './predict';

export function appendRow(table: Table, values: InputValues): Table {
	const n = table.rowCount;
	const columns = table.columns.map((column): Column => {
		const raw = inputValue(values, column.name);
		if (column.type === 'numeric') {
			const out = new Float64Array(n + 1);
			out.set(column.values);
			out[n] = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
			return { ...column, values: out };
		}
		const codes = new Int32Array(n + 1);
		codes.set(column.codes);
		const text = raw === null || raw === undefined || (typeof raw === 'number' && Number.isNaN(raw)) ? '' : String(raw);
		let dictionary = column.dictionary;
		let code = text === '' ? -1 : dictionary.indexOf(text);
		if (text !== '' && code < 0) {
			dictionary = [...dictionary, text];
			code = dictionary.length - 1;
		}
		codes[n] = code;
		return { ...column, codes, dictionary };
	});
	return { rowCount: n + 1, columns };
}
