// The worker keeps the dataset it last worked on in memory, so successive steps on the same data
// (explore, prepare, sweep, cluster) do not reload it from IndexedDB every time.
import type { Table } from '../engine/table';
import { loadTable } from '../store/datasets';
import type { DatasetMeta } from '../store/types';

let cached: { id: string; meta: DatasetMeta; table: Table } | null = null;

export async function datasetTable(id: string): Promise<{ meta: DatasetMeta; table: Table }> {
	if (cached?.id !== id) {
		const loaded = await loadTable(id);
		cached = { id, ...loaded };
	}
	return cached;
}

/** After a write, so the next read sees the stored version. */
export function forgetDataset(id?: string): void {
	if (!id || cached?.id === id) cached = null;
}
