// Tiny tables for the preparation tests: numbers with null for missing, strings with null for missing.
import { importText } from '../io/import';
import type { Column, Table } from '../table';
import { readFixture } from '../../../../tests/helpers/fixtures';

export function numeric(name: string, values: (number | null)[]): Column {
	return { name, type: 'numeric', role: 'feature', values: Float64Array.from(values, (v) => v ?? Number.NaN) };
}

export function categorical(name: string, values: (string | null)[]): Column {
	const dictionary: string[] = [];
	const codes = Int32Array.from(values, (v) => {
		if (v === null) return -1;
		const at = dictionary.indexOf(v);
		return at >= 0 ? at : dictionary.push(v) - 1;
	});
	return { name, type: 'categorical', role: 'feature', codes, dictionary };
}

export function tableOf(...columns: Column[]): Table {
	const rowCount = columns[0].type === 'numeric' ? columns[0].values.length : columns[0].codes.length;
	return { rowCount, columns };
}

/** The wholesale customers file through the real importer. */
export function wholesaleTable(): Table {
	return importText(readFixture('data/wholesale-customers.csv'), { fileName: 'wholesale-customers.csv' }).table;
}
