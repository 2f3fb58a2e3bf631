import { beforeEach, describe, expect, it, vi } from 'vitest';
import { numeric, tableOf } from '../engine/prep/testing';

// The store is memory here; reads are counted, and the next one can be made to fail.
const state = vi.hoisted(() => ({ reads: 0, fail: false }));
vi.mock('../store/datasets', () => ({
	loadTable: async (id: string) => {
		state.reads++;
		if (state.fail) throw new Error(`dataset ${id} is not in this browser's storage`);
		return { meta: { id }, table: tableOf(numeric('a', [1, 2])) };
	}
}));

const { datasetRevision, datasetTable, forgetDataset } = await import('./cache');

beforeEach(() => {
	forgetDataset();
	state.reads = 0;
	state.fail = false;
});

describe('datasetTable', () => {
	it('datasetTable(id) called twice at once reads the dataset once and gives the same table', async () => {
		const [a, b] = await Promise.all([datasetTable('d'), datasetTable('d')]);
		expect(a.table).toBe(b.table);
		expect(state.reads).toBe(1);
	});

	it('forgetDataset(id) makes the next call read again, with the revision bumped', async () => {
		const before = await datasetTable('d');
		forgetDataset('d');
		const after = await datasetTable('d');
		expect(state.reads).toBe(2);
		expect(after.table).not.toBe(before.table);
		expect(after.revision).toBe(before.revision + 1);
		expect(datasetRevision('d')).toBe(after.revision);
	});

	it('a failed read is not kept: the next call tries again', async () => {
		state.fail = true;
		await expect(datasetTable('d')).rejects.toThrow('dataset d is not in this browser');
		state.fail = false;
		await expect(datasetTable('d')).resolves.toMatchObject({ meta: { id: 'd' } });
		expect(state.reads).toBe(2);
	});
});
