import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Recipe } from '../../engine/prep/recipe';
import { numeric, tableOf, wholesaleTable } from '../../engine/prep/testing';
import { runSegmentation } from '../../engine/results/runSegmentation';
import type { Table } from '../../engine/table';
import type { RunRecord } from '../../store/runs';

// The worker API reads tables and runs from IndexedDB; here they come from memory.
const state = vi.hoisted(() => ({ table: null as Table | null, runs: new Map<string, unknown>() }));
vi.mock('../cache', () => ({ datasetTable: async () => ({ meta: { name: 'test' }, table: state.table }) }));
vi.mock('../../store/runs', () => ({ getRun: async (id: string) => state.runs.get(id) }));

const { classify } = await import('./classify');

const spend = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];
const recipe: Recipe = { version: 1, features: spend.map((column) => ({ column, log1p: true })), scaler: 'standard' };

function record(table: Table, result: RunRecord['result'], names: string[]): RunRecord {
	return { id: 'r', datasetId: 'd', createdAt: 0, recipeKey: '', result, names, notes: [] };
}

async function segmentColumn(runId: string): Promise<{ header: string[]; rows: string[][] }> {
	const text = await (await classify.labelledRunCsv('d', runId)).text();
	const [header, ...rows] = Papa.parse<string[]>(text.trimEnd()).data;
	return { header, rows };
}

beforeEach(() => state.runs.clear());

describe('worker classify API', () => {
	it('labelledRunCsv writes segment 1 for the largest segment and a blank name as the generated one', async () => {
		state.table = wholesaleTable();
		const result = runSegmentation(state.table, recipe, { algorithm: 'kmeans', k: 3, seed: 1, restarts: 3 });
		state.runs.set('r', record(state.table, result, ['', 'Retail', 'Cafés']));
		const { header, rows } = await segmentColumn('r');
		const at = header.indexOf('segment');
		expect(header.slice(at)).toEqual(['segment', 'segment_name']);
		const ones = rows.filter((r) => r[at] === '1');
		expect(ones).toHaveLength(result.sizes[0]);
		expect(result.sizes[0]).toBe(Math.max(...result.sizes));
		expect(new Set(ones.map((r) => r[at + 1]))).toEqual(new Set([result.segmentStats!.segments[0].name]));
		expect(new Set(rows.map((r) => r[at]))).toEqual(new Set(['1', '2', '3']));
	});

	it('labelledRunCsv leaves noise rows (DBSCAN) empty in segment and segment_name', async () => {
		state.table = tableOf(numeric('x', [0, 0.1, 0.2, 5, 5.1, 5.2, 5.3, 40]), numeric('y', [0, 0.1, 0, 5, 5, 5.1, 5.2, 40]));
		const result = runSegmentation(state.table, { version: 1, features: [{ column: 'x' }, { column: 'y' }], scaler: 'none' }, { algorithm: 'dbscan', eps: 0.5, minPoints: 2 });
		expect(result.noise).toBe(1);
		state.runs.set('r', record(state.table, result, ['Far', 'Near']));
		const { rows } = await segmentColumn('r');
		expect(rows.map((r) => r.slice(2).join('|'))).toEqual(['2|Near', '2|Near', '2|Near', '1|Far', '1|Far', '1|Far', '1|Far', '|']);
	});
});
