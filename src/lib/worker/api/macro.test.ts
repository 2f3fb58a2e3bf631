import { describe, expect, it, vi } from 'vitest';

// The worker API reads runs from IndexedDB; here they come from memory.
const state = vi.hoisted(() => ({ runs: new Map<string, unknown>() }));
vi.mock('../../store/runs', () => ({ getRun: async (id: string) => state.runs.get(id) }));
vi.mock('comlink', () => ({ transfer: <T>(value: T) => value }));

const { macro } = await import('./macro');

// Four segments in two far pairs (0, 1 near 0; 2, 3 near 100); rows 0..5 labelled, one noise row.
const result = {
	k: 4,
	sizes: [3, 2, 1, 1],
	centroidsScaled: [[0], [1], [100], [101]],
	segmentStats: null,
	labels: Int32Array.from([0, 0, 0, 1, 1, 2, 3, -1])
};
state.runs.set('r', { result });

describe('worker macro API', () => {
	it('macroGroups(runId, 2) gives every row its group and noise -1', async () => {
		const view = await macro.macroGroups('r', 2);
		expect(view.macro.groupOf).toEqual([0, 0, 1, 1]);
		expect(Array.from(view.rowGroup)).toEqual([0, 0, 0, 0, 0, 1, 1, -1]);
	});

	it('drillLabels(runId, [2, 3]) labels the group rows by position, -1 elsewhere', async () => {
		const { labels } = await macro.drillLabels('r', [2, 3]);
		expect(Array.from(labels)).toEqual([-1, -1, -1, -1, -1, 0, 1, -1]);
	});

	it('macroGroups(missing run) says the run was not found', async () => {
		await expect(macro.macroGroups('gone')).rejects.toThrow(/run "gone" was not found/);
	});
});
