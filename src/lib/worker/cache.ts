// The worker owns the data: it keeps the dataset it last worked on in memory, so successive steps
// on the same data (explore, prepare, sweep, cluster, the pages of rows the Data step draws) do
// not reload it from IndexedDB, and the main thread never holds the whole table.
import type { Table } from '../engine/table';
import { loadTable } from '../store/datasets';
import type { DatasetMeta } from '../store/types';
import { forgetPrepared } from './prepared';

/** The table being read or read, as a promise: calls arriving together (the Data page asks for a summary and rows at once) read it once. */
let cached: { id: string; loaded: Promise<{ meta: DatasetMeta; table: Table }> } | null = null;
/** Bumped whenever a dataset's stored data changes, so caches keyed by it (prepared matrices) miss. */
const revisions = new Map<string, number>();

/** The revision of the worker's copy of a dataset: part of every cache key derived from it. */
export function datasetRevision(id: string): number {
	return revisions.get(id) ?? 0;
}

export async function datasetTable(id: string): Promise<{ meta: DatasetMeta; table: Table; revision: number }> {
	let entry = cached;
	if (entry?.id !== id) {
		const reading = { id, loaded: loadTable(id) };
		entry = cached = reading;
		// A failed read is not kept: the next call tries again.
		reading.loaded.catch(() => {
			if (cached === reading) cached = null;
		});
	}
	const revision = datasetRevision(id);
	return { ...(await entry.loaded), revision };
}

/** A table just stored (an import): kept as the worker's copy, so the next step does not read it back from IndexedDB. */
export function rememberTable(meta: DatasetMeta, table: Table): void {
	cached = { id: meta.id, loaded: Promise.resolve({ meta, table }) };
}

/** After a write, so the next read sees the stored version. */
export function forgetDataset(id?: string): void {
	if (!id || cached?.id === id) cached = null;
	if (id) revisions.set(id, datasetRevision(id) + 1);
	else for (const key of revisions.keys()) revisions.set(key, datasetRevision(key) + 1);
	forgetPrepared(id);
}
