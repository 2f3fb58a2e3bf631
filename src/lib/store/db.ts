// The IndexedDB schema and its upgrades. The only module (with its siblings in lib/store) that
// touches idb; it runs on the main thread and in the engine worker alike.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DatasetMeta, StoredColumn } from './types';
import type { RunRecord } from './runs';

export const DB_NAME = 'segment-lab';
/** Bump with a new `case` in upgrade(); never edit an old case. */
export const DB_VERSION = 1;

export interface SegmentLabDB extends DBSchema {
	/** One record per dataset: what the library lists, without the data. */
	datasets: { key: string; value: DatasetMeta; indexes: { importedAt: number } };
	/** Column data, one record per column, keyed [datasetId, columnIndex]. */
	columns: { key: [string, number]; value: StoredColumn };
	/** Saved analysis runs (recipe, algorithm, results), listed per dataset. */
	runs: { key: string; value: RunRecord; indexes: { datasetId: string } };
	/** Small key-value settings: the open dataset, step and run. */
	settings: { key: string; value: unknown };
}

let dbPromise: Promise<IDBPDatabase<SegmentLabDB>> | null = null;

export function db(): Promise<IDBPDatabase<SegmentLabDB>> {
	if (dbPromise) return dbPromise;
	const opening = openDB<SegmentLabDB>(DB_NAME, DB_VERSION, {
		upgrade(database, oldVersion) {
			// Falls through on purpose: a database at version v runs every case after v.
			switch (oldVersion) {
				case 0: {
					const datasets = database.createObjectStore('datasets', { keyPath: 'id' });
					datasets.createIndex('importedAt', 'importedAt');
					database.createObjectStore('columns');
					const runs = database.createObjectStore('runs', { keyPath: 'id' });
					runs.createIndex('datasetId', 'datasetId');
					database.createObjectStore('settings');
				}
			}
		},
		blocking() {
			// Another tab wants a newer schema: let it have the database.
			dbPromise?.then((d) => d.close());
			dbPromise = null;
		},
		terminated() {
			// The browser closed the connection (Chromium does after a disk error): reopen on the next call
			// instead of failing every later read with "The database connection is closing".
			dbPromise = null;
		}
	});
	// A failed open (e.g. storage blocked) is not kept either, so a retry can succeed.
	opening.catch(() => {
		if (dbPromise === opening) dbPromise = null;
	});
	dbPromise = opening;
	return opening;
}

/** A short random id, sortable enough for humans (time prefix). */
export function newId(prefix: string): string {
	const random = crypto.getRandomValues(new Uint32Array(2));
	return `${prefix}-${Date.now().toString(36)}-${random[0].toString(36)}${random[1].toString(36)}`;
}
