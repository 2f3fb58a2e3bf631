// A column used as labels (score --labels, classify --target): its values as integer codes in
// sorted order (numbers numerically, text by code point, as scikit-learn orders classes), and the
// table without the rows whose label is missing. The codes are internal: everything printed or
// written names a class by its own value, so the segment column of a labelled CSV from the app or
// `cluster --out` reads back as the same numbers (1 = largest), and its empty cells (noise, rows
// with no segment) as missing.
import { takeRows, type Table } from '../src/lib/engine/table';
import { InputError } from './errors';
import type { CliIo } from './io';
import { requireColumn, type LoadedFile } from './read';

export interface LabelColumn {
	/** The column's name. */
	column: string;
	/** Per row of `loaded.table` (after dropping missing labels): index into `names`. */
	codes: Int32Array;
	/** Distinct label values as text, sorted. */
	names: string[];
	/** The input with rows of missing label removed. */
	loaded: LoadedFile;
}

export function readLabels(io: CliIo, loaded: LoadedFile, name: string, option: string): LabelColumn {
	const column = requireColumn(loaded, name, option);
	const n = loaded.table.rowCount;
	const keys: (number | string | null)[] = new Array(n);
	for (let i = 0; i < n; i++) {
		if (column.type === 'numeric') keys[i] = Number.isNaN(column.values[i]) ? null : column.values[i];
		else keys[i] = column.codes[i] < 0 ? null : column.dictionary[column.codes[i]];
	}
	const kept: number[] = [];
	keys.forEach((key, i) => key !== null && kept.push(i));
	if (kept.length === 0) throw new InputError(`column "${name}" of "${loaded.file}" (from --${option}) has no values`);
	if (kept.length < n) io.stderr(`note: dropped ${n - kept.length} rows without a value in "${name}"\n`);
	const distinct = [...new Set(kept.map((i) => keys[i] as number | string))];
	distinct.sort(column.type === 'numeric' ? (a, b) => (a as number) - (b as number) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const position = new Map(distinct.map((key, c) => [key, c]));
	const codes = Int32Array.from(kept, (i) => position.get(keys[i] as number | string)!);
	const table: Table = kept.length < n ? takeRows(loaded.table, kept) : loaded.table;
	return { column: name, codes, names: distinct.map(String), loaded: { ...loaded, table } };
}

/** The label of each prepared row (rowIndex points into the label column's table). */
export function labelsOfRows(labels: LabelColumn, rowIndex: Int32Array): Int32Array {
	return Int32Array.from(rowIndex, (row) => labels.codes[row]);
}
