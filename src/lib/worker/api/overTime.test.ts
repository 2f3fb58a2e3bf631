import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importText } from '../../engine/io/import';
import { runSegmentation } from '../../engine/results/runSegmentation';
import type { Table } from '../../engine/table';
import { datasetOfSetting } from '../../store/settings';
import type { TrackedSnapshots } from '../../store/snapshots';

// The worker API reads the table, the run and the stored snapshots from IndexedDB; here from memory.
const state = vi.hoisted(() => ({ table: null as Table | null, run: null as unknown, stored: new Map<string, unknown>(), revision: 0 }));
vi.mock('../cache', () => ({ datasetTable: async () => ({ meta: { name: 'January' }, table: state.table, revision: state.revision }) }));
vi.mock('../../store/runs', () => ({ getRun: async () => state.run }));
vi.mock('../../store/snapshots', () => ({
	loadSnapshots: async (runId: string) => state.stored.get(runId),
	saveSnapshots: async (runId: string, _datasetId: string, tracked: TrackedSnapshots) => void state.stored.set(runId, structuredClone(tracked))
}));

const { overTime } = await import('./overTime');

const month = (m: string) => readFileSync(new URL(`../../../../tests/fixtures/over-time/customers-${m}.csv`, import.meta.url), 'utf8');
const file = (m: string) => new Blob([month(m)], { type: 'text/csv' });

beforeEach(() => {
	const { table } = importText(month('jan'), { fileName: 'customers-jan.csv' });
	state.table = table;
	state.revision++;
	state.stored.clear();
	const result = runSegmentation(table, { version: 1, features: [{ column: 'Spend' }, { column: 'Visits' }], scaler: 'standard' }, { algorithm: 'kmeans', k: 3, seed: 1, restarts: 5 });
	state.run = { id: 'run-1', datasetId: 'ds-1', createdAt: 0, recipeKey: '', result, names: [], notes: [] };
});

describe('overTime worker API', () => {
	it('overTimeView() starts from the run’s own data, matched on the identifier column', async () => {
		const view = await overTime.overTimeView('ds-1', 'run-1');
		expect(view.idColumn).toBe('CustomerID');
		expect(view.snapshots.map((s) => s.labelled)).toEqual([30]);
		expect(view.sizes[0].counts).toEqual([12, 10, 8]);
		expect(view.migration).toBeNull();
	});

	it('overTimeAddFile() scores the file and compares it with the snapshot before; it is stored with the run', async () => {
		const view = await overTime.overTimeAddFile('ds-1', 'run-1', file('feb'), 'customers-feb.csv');
		expect(view.migration?.matrix).toEqual([
			[9, 1, 0],
			[0, 7, 2],
			[1, 0, 7]
		]);
		expect(view.migration?.leftIds).toEqual(['C001', 'C002', 'C013']);
		expect(view.snapshots[1].invalid).toEqual([{ row: 32, reason: 'no CustomerID' }]);
		expect((state.stored.get('run-1') as TrackedSnapshots).snapshots.map((s) => s.name)).toEqual(['customers-feb.csv']);
	});

	it('overTimeAddRow() scores a typed customer into the latest snapshot at once; a repeated id is refused', async () => {
		await overTime.overTimeAddFile('ds-1', 'run-1', file('feb'), 'customers-feb.csv');
		const view = await overTime.overTimeAddRow('ds-1', 'run-1', 'C099', { Spend: 5000, Visits: 30 });
		expect(view.migration?.newCount).toBe(5);
		expect(view.migration?.newBySegment).toEqual([1, 1, 3]);
		await expect(overTime.overTimeAddRow('ds-1', 'run-1', 'C099', { Spend: 120, Visits: 2 })).rejects.toThrow('the customer id "C099" twice');
	});

	it('overTimeListCsv() gives every new customer with the segment they are now in, by its number and the run’s name', async () => {
		await overTime.overTimeAddFile('ds-1', 'run-1', file('feb'), 'customers-feb.csv');
		const csv = await (await overTime.overTimeListCsv('ds-1', 'run-1', 0, 1, 'new')).text();
		expect(csv.split('\r\n').slice(0, 3)).toEqual(['CustomerID,segment_before,name_before,segment_after,name_after', 'C031,,,1,"Low Visits, low Spend"', 'C032,,,2,Typical']);
	});
});

describe('snapshots key', () => {
	it('datasetOfSetting("overtime-<run>:<dataset>") names the dataset, so deleting it deletes the snapshots', () => {
		expect(datasetOfSetting('overtime-run-mi4x2k-1a2b3c:ds-mi4x0a-9z8y')).toBe('ds-mi4x0a-9z8y');
	});
});
