// Datasets in IndexedDB: metadata in `datasets`, columnar data in `columns`. A new dataset is written
// in bounded chunks with its metadata last, so a failed or cancelled import is never listed and its
// partial columns are removed; changes to an existing dataset are one transaction each.
import type { Column, Table } from '../engine/table';
import { inferMeaning } from '../engine/io/meaning';
import { db, newId } from './db';
import { seal, unseal, unsealAll } from './sealed';
import { writeInChunks, type ChunkSink } from './chunkedWrite';
import { DatasetDeletedError } from './errors';
import { commit, requireDataset } from './guard';
import { datasetOfSetting } from './settings';
import { unlessWriting, whileWriting } from './writeLock';
import type { ColumnMeta, DatasetMeta, StoredColumn } from './types';
import { KEYRING_KEY } from './workspace';

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

/** Metadata as written: sealed except id and importedAt (the keyPath and the library's index). */
const sealMeta = (meta: DatasetMeta) => seal(meta, { id: meta.id, importedAt: meta.importedAt });

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

/** What a new dataset's write is told: the file named when it does not fit, and how to measure room left. */
export interface SaveOptions {
	fileName?: string;
	/** Bytes the origin may still store, asked before every chunk (navigator.storage.estimate). */
	room?: () => Promise<number>;
}

/**
 * Stores a new dataset in bounded transactions (see chunkedWrite.ts) and returns its metadata. A
 * failure removes what was written of it and nothing else; a derived dataset (`parentId`) is only
 * completed while its parent still exists.
 */
export async function saveDataset(table: Table, info: NewDataset, options: SaveOptions = {}): Promise<DatasetMeta> {
	const meta: DatasetMeta = {
		...info,
		id: newId('ds'),
		rowCount: table.rowCount,
		columnCount: table.columns.length,
		columns: table.columns.map(columnMeta),
		storedBytes: tableBytes(table)
	};
	const d = await db();
	const parentGone = 'the new version was not saved';
	const requireParent = async () => {
		if (!info.parentId) return;
		const tx = d.transaction('datasets', 'readonly');
		await requireDataset(tx, tx.store, info.parentId, parentGone);
		await tx.done;
	};
	const sink: ChunkSink = {
		begin: requireParent,
		async probe(bytes) {
			// Records of at most PROBE_PIECE bytes at keys [id, -1], [id, -2], …, cloned from one buffer of
			// noise: the probe of a large dataset never allocates the dataset's size at once.
			const noiseBytes = noise(Math.min(bytes, PROBE_PIECE));
			const pieces = Math.ceil(bytes / PROBE_PIECE);
			const put = d.transaction('columns', 'readwrite');
			await commit(put, () =>
				Array.from({ length: pieces }, (_, p) => {
					const size = Math.min(PROBE_PIECE, bytes - p * PROBE_PIECE);
					const filler: StoredColumn = { kind: 'numeric', values: new Float64Array(size === noiseBytes.byteLength ? noiseBytes : noiseBytes.slice(0, Math.ceil(size / 8) * 8)) };
					return put.store.put(filler, [meta.id, -1 - p]);
				})
			);
			const remove = d.transaction('columns', 'readwrite');
			await commit(remove, () => [remove.store.delete(probeRange(meta.id))]);
		},
		async write(indexes) {
			// Sealed before the transaction: awaiting WebCrypto inside it would end the transaction early.
			const stored = await Promise.all(indexes.map((i) => seal(toStored(table.columns[i]))));
			// Relaxed: the browser need not flush each chunk to disk before the next (measured: ~45 % of the column
			// writes' time at a million rows). The metadata, written last with the default durability, is what
			// makes the dataset exist; were a power cut to lose a column flushed late, loadTable says the dataset
			// is incomplete rather than reading wrong data.
			const tx = d.transaction('columns', 'readwrite', { durability: 'relaxed' });
			await commit(tx, () => indexes.map((i, j) => tx.store.put(stored[j], [meta.id, i])));
		},
		async finish() {
			const storedMeta = await sealMeta(meta);
			const tx = d.transaction('datasets', 'readwrite');
			if (info.parentId) await requireDataset(tx, tx.store, info.parentId, parentGone);
			await commit(tx, () => [tx.store.add(storedMeta)]);
		},
		async discard() {
			const tx = d.transaction('columns', 'readwrite');
			await commit(tx, () => [tx.store.delete(columnRange(meta.id))]);
		}
	};
	const sizes = table.columns.map((c) => tableBytes({ rowCount: table.rowCount, columns: [c] }));
	await whileWriting(meta.id, () => writeInChunks(sizes, sink, { fileName: options.fileName ?? meta.name, room: options.room }));
	return meta;
}

/** Bytes of one free-space probe record. */
const PROBE_PIECE = 32 * 1024 * 1024;
/** Every column record of a dataset, with the free-space probe's records at negative indexes. */
const columnRange = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Number.MAX_SAFE_INTEGER]);
/** The free-space probe's records of a dataset. */
const probeRange = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, -1]);

/** `bytes` (rounded up to 8) of noise: zeros would be compressed by the browser and prove nothing. */
function noise(bytes: number): ArrayBuffer {
	const words = new Uint32Array(Math.ceil(bytes / 8) * 2);
	let x = 0x9e3779b9;
	for (let i = 0; i < words.length; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		words[i] = x;
	}
	return words.buffer;
}

/**
 * Removes column data without metadata: what a tab closed mid-import left. Datasets being written
 * elsewhere hold their write lock and are skipped; the metadata is checked again before deleting.
 */
export async function sweepUnfinished(): Promise<number> {
	const d = await db();
	const [columnKeys, ids] = await Promise.all([d.getAllKeys('columns'), d.getAllKeys('datasets')]);
	const complete = new Set(ids);
	const orphans = [...new Set(columnKeys.map(([id]) => id))].filter((id) => !complete.has(id));
	for (const id of orphans) {
		await unlessWriting(id, async () => {
			const tx = d.transaction(['datasets', 'columns'], 'readwrite');
			if ((await tx.objectStore('datasets').count(id)) === 0) tx.objectStore('columns').delete(columnRange(id));
			await tx.done;
		});
	}
	return orphans.length;
}

export async function listDatasets(): Promise<DatasetMeta[]> {
	const all = await unsealAll(await (await db()).getAllFromIndex('datasets', 'importedAt'));
	return all.reverse();
}

export async function getDataset(id: string): Promise<DatasetMeta | undefined> {
	return unseal(await (await db()).get('datasets', id));
}

export async function loadTable(id: string): Promise<{ meta: DatasetMeta; table: Table }> {
	const d = await db();
	const tx = d.transaction(['datasets', 'columns'], 'readonly');
	const storedMeta = await tx.objectStore('datasets').get(id);
	if (!storedMeta) throw new Error(`dataset ${id} is not in this browser's storage (it may have been deleted)`);
	const sealedColumns = await tx
		.objectStore('columns')
		.getAll(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
	await tx.done;
	const meta = await unseal(storedMeta);
	const stored = await unsealAll(sealedColumns);
	if (stored.length !== meta.columnCount) {
		throw new Error(`dataset "${meta.name}" is incomplete in storage (${stored.length} of ${meta.columnCount} columns)`);
	}
	const columns = meta.columns.map((m, i) => fromStored(m, stored[i]));
	return { meta, table: { rowCount: meta.rowCount, columns } };
}

export async function renameDataset(id: string, name: string): Promise<DatasetMeta> {
	const trimmed = name.trim();
	if (!trimmed) throw new Error('a dataset name cannot be empty');
	const meta = await getDataset(id);
	if (!meta) throw new DatasetDeletedError();
	meta.name = trimmed;
	const stored = await sealMeta(meta);
	const tx = (await db()).transaction('datasets', 'readwrite');
	// Read and write are two transactions when sealing: the write checks the dataset is still there.
	await requireDataset(tx, tx.store, id);
	await Promise.all([tx.store.put(stored), tx.done]);
	return meta;
}

/** Replaces some columns' data and metadata (type or role overrides) in one transaction. */
export async function updateColumns(id: string, changes: { index: number; column: Column }[]): Promise<DatasetMeta> {
	const meta = await getDataset(id);
	if (!meta) throw new DatasetDeletedError();
	for (const { index, column } of changes) meta.columns[index] = columnMeta(column);
	const storedMeta = await sealMeta(meta);
	const storedColumns = await Promise.all(changes.map(({ column }) => seal(toStored(column))));
	const d = await db();
	const tx = d.transaction(['datasets', 'columns'], 'readwrite');
	// Read and write are two transactions when sealing: the write checks the dataset is still there.
	await requireDataset(tx, tx.objectStore('datasets'), id);
	for (const [i, { index }] of changes.entries()) await tx.objectStore('columns').put(storedColumns[i], [id, index]);
	await Promise.all([tx.objectStore('datasets').put(storedMeta), tx.done]);
	return meta;
}

/** Removes a dataset and everything kept for it: columns, runs and its settings (`<kind>:<id>`). */
export async function deleteDataset(id: string): Promise<void> {
	const d = await db();
	const tx = d.transaction(['datasets', 'columns', 'runs', 'settings'], 'readwrite');
	const [runKeys, settingKeys] = await Promise.all([
		tx.objectStore('runs').index('datasetId').getAllKeys(id),
		tx.objectStore('settings').getAllKeys()
	]);
	await commit(tx, () => [
		tx.objectStore('datasets').delete(id),
		tx.objectStore('columns').delete(columnRange(id)),
		...runKeys.map((k) => tx.objectStore('runs').delete(k)),
		...settingKeys.filter((k) => datasetOfSetting(k) === id).map((k) => tx.objectStore('settings').delete(k))
	]);
}

export async function deleteAllDatasets(): Promise<void> {
	const d = await db();
	const tx = d.transaction(['datasets', 'columns', 'runs', 'settings'], 'readwrite');
	await Promise.all([
		tx.objectStore('datasets').clear(),
		tx.objectStore('columns').clear(),
		tx.objectStore('runs').clear(),
		// The keyring stays: an encrypted workspace stays encrypted when it is emptied.
		tx.objectStore('settings').delete(IDBKeyRange.upperBound(KEYRING_KEY, true)),
		tx.objectStore('settings').delete(IDBKeyRange.lowerBound(KEYRING_KEY, true)),
		tx.done
	]);
}
