// Reading FILE: node:fs opens it as a Blob and the engine's importer (the one the browser uses)
// turns it into a Table, so CSV, TSV, JSON and .xlsx behave exactly as in the app.
import { openAsBlob, statSync } from 'node:fs';
import { importBlob } from '../src/lib/engine/io/import';
import type { Column, Table } from '../src/lib/engine/table';
import { InputError } from './errors';
import { resolvePath, type CliIo } from './io';

export interface LoadedFile {
	table: Table;
	/** The path as the user typed it; every message names the file this way. */
	file: string;
}

/** Import warnings printed before "... and N more". */
const shownWarnings = 5;

export async function readTable(io: CliIo, file: string): Promise<LoadedFile> {
	const path = resolvePath(io, file);
	let isFile: boolean;
	try {
		isFile = statSync(path).isFile();
	} catch {
		throw new InputError(`file "${file}" not found`);
	}
	if (!isFile) throw new InputError(`"${file}" is a directory, not a file`);
	const blob = await openAsBlob(path);
	const { table, warnings } = await importBlob(blob, { fileName: file });
	for (const w of warnings.slice(0, shownWarnings)) io.stderr(`note: ${w.message}\n`);
	if (warnings.length > shownWarnings) io.stderr(`note: ... and ${warnings.length - shownWarnings} more import warnings\n`);
	if (table.rowCount === 0) throw new InputError(`"${file}" has no data rows`);
	return { table, file };
}

/** The column called `name`, or an InputError naming the file, the option and the columns there are. */
export function requireColumn(loaded: LoadedFile, name: string, option: string): Column {
	const column = loaded.table.columns.find((c) => c.name === name);
	if (column) return column;
	const known = loaded.table.columns.map((c) => c.name).join(', ');
	throw new InputError(`"${loaded.file}" has no column "${name}" (from --${option}); its columns are: ${known}`);
}
