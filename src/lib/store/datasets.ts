// Datasets in IndexedDB: metadata in `datasets`, columnar data in `columns`. Every write that
// touches both is one transaction, so a failed or cancelled import leaves the store as it was.
import type { Column, Table } from '../engine/table';
import { inferMeaning } from '../engine/io/meaning';
import { db, newId } from './db';
import type { ColumnMeta, DatasetMeta, StoredColumn } from './types';

export type NewDataset = Omit<DatasetMeta, 'id' | 'columns' | 'columnCount' | 'rowCount' | 'storedBytes'>;

export function columnMeta(column: Column): ColumnMeta {
	const meta: ColumnMeta = { name: column.name, type: column.type, role: column.role };
	if (column.meaning) meta.meaning = column.meaning;
	if (column.type !== 'numeric') {
		meta.distinct = column.dictionary.length;
		if (column.format) meta.format = column.format;
	}
	return meta;
}

function toStored(column: Column): StoredColumn {
	return column.type === 'numeric'
		? { kind: 'numeric', values: column.values }
		: { kind: 'dictionary', codes: column.codes, dictionary: column.dictionary };
}

/** Datasets stored before meanings existed get one inferred on load (their role stays as stored). */
function fromStored(meta: ColumnMeta, stored: StoredColumn): Column {
	const column = columnOf(meta, stored);
	return { ...column, meaning: meta.meaning ?? inferMeaning(column) };
}

function columnOf(meta: ColumnMeta, stored: StoredColumn): Column {
	if (stored.kind === 'numeric') return { name: meta.name, type: 'numeric', role: meta.role, values: stored.values };
	if (meta.type === 'numeric') throw new Error(`column "${meta.name}" is stored as text but marked numeric`);
	return {
		name: meta.name,
		type: meta.type,
		role: meta.role,
		codes: stored.codes,
		dictionary: stored.dictionary,
		...(meta.format ? { format: meta.format } : {})
	};
}

/** Bytes a table takes in memory (and roughly on disk). */
export function tableBytes(table: Table): number {
	let bytes = 0;
	for (const c of table.columns) {
		if (c.type === 'numeric') bytes += c.values.byteLength;
		else {
			bytes += c.codes.byteLength;
			for (const s of c.dictionary) bytes += 2 * s.length + 16;
		}
	}
	return bytes;
}

/** Stores a new dataset in one transaction and returns its metadata. */
export async function saveDataset(table: Table, info: NewDataset): Promise<DatasetMeta> {
	const meta: DatasetMeta = {
		...info,
		id: newId('ds'),
		rowCount: table.rowCount,
		columnCount: table.columns.length,
		columns: table.columns.map(columnMeta),
		storedBytes: tableBytes(table)
	};
	const d = await db();
	const tx = d.transaction(['datasets', 'columns'], 'readwrite');
	const columns = tx.objectStore('columns');
	await Promise.all([
		tx.objectStore('datasets').add(meta),
		...table.columns.map((c, i) => columns.put(toStored(c), [meta.id, i])),
		tx.done
	]);
	return meta;
}

export async function listDatasets(): Promise<DatasetMeta[]> {
	const all = await (await db()).getAllFromIndex('datasets', 'importedAt');
	return all.reverse();
}

export async function getDataset(id: string): Promise<DatasetMeta | undefined> {
	return (await db()).get('datasets', id);
}

export async function loadTable(id: string): Promise<{ meta: DatasetMeta; table: Table }> {
	const d = await db();
	const tx = d.transaction(['datasets', 'columns'], 'readonly');
	const meta = await tx.objectStore('datasets').get(id);
	if (!meta) throw new Error(`dataset ${id} is not in this browser's storage (it may have been deleted)`);
	const stored = await tx
		.objectStore('columns')
		.getAll(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
	await tx.done;
	if (stored.length !== meta.columnCount) {
		throw new Error(`dataset "${meta.name}" is incomplete in storage (${stored.length} of ${meta.columnCount} columns)`);
	}
	const columns = meta.columns.map((m, i) => fromStored(m, stored[i]));
	return { meta, table: { rowCount: meta.rowCount, columns } };
}

export async function renameDataset(id: string, name: string): Promise<DatasetMeta> {
	const trimmed = name.trim();
	if (!trimmed) throw new Error('a dataset name cannot be empty');
	const d = await db();
	const tx = d.transaction('datasets', 'readwrite');
	const meta = await tx.store.get(id);
	if (!meta) throw new Error(`dataset ${id} no longer exists`);
	meta.name = trimmed;
	await Promise.all([tx.store.put(meta), tx.done]);
	return meta;
}

/** Replaces some columns' data and metadata (type or role overrides) in one transaction. */
export async function updateColumns(id: string, changes: { index: number; column: Column }[]): Promise<DatasetMeta> {
	const d = await db();
	const tx = d.transaction(['datasets', 'columns'], 'readwrite');
	const meta = await tx.objectStore('datasets').get(id);
	if (!meta) throw new Error(`dataset ${id} no longer exists`);
	for (const { index, column } of changes) {
		meta.columns[index] = columnMeta(column);
		await tx.objectStore('columns').put(toStored(column), [id, index]);
	}
	await Promise.all([tx.objectStore('datasets').put(meta), tx.done]);
	return meta;
}

export async function deleteDataset(id: string): Promise<void> {
	const d = await db();
	const tx = d.transaction(['datasets', 'columns', 'runs'], 'readwrite');
	const runKeys = await tx.objectStore('runs').index('datasetId').getAllKeys(id);
	await Promise.all([
		tx.objectStore('datasets').delete(id),
		tx.objectStore('columns').delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER])),
		...runKeys.map((k) => tx.objectStore('runs').delete(k)),
		tx.done
	]);
}

export async function deleteAllDatasets(): Promise<void> {
	const d = await db();
	const tx = d.transaction(['datasets', 'columns', 'runs', 'settings'], 'readwrite');
	await Promise.all([
		tx.objectStore('datasets').clear(),
		tx.objectStore('columns').clear(),
		tx.objectStore('runs').clear(),
		tx.objectStore('settings').clear(),
		tx.done
	]);
}
