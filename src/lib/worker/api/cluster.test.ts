import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadReference } from '../../../../tests/helpers/fixtures';
import { sweep, type SweepRow } from '../../engine/cluster/sweep';
import { prepare } from '../../engine/prep/prepare';
import type { Recipe } from '../../engine/prep/recipe';
import { numeric, tableOf, wholesaleTable } from '../../engine/prep/testing';
import { pca } from '../../engine/stats/pca';
import type { Table } from '../../engine/table';
import type { RunRecord } from '../../store/runs';

// The worker API reads tables and runs from IndexedDB; here they come from memory.
const state = vi.hoisted(() => ({ table: null as Table | null, runs: new Map<string, unknown>() }));
vi.mock('../cache', () => ({ datasetTable: async () => ({ meta: {}, table: state.table }) }));
vi.mock('../../store/runs', () => ({ getRun: async (id: string) => state.runs.get(id) }));
// transfer() only marks buffers for postMessage; outside a worker it is the identity.
vi.mock('comlink', () => ({ transfer: <T>(value: T) => value }));

const { cluster } = await import('./cluster');

const ref = loadReference('wholesale-log-standard');
const recipe: Recipe = { version: 1, features: ref.features.map((column: string) => ({ column, log1p: true })), scaler: 'standard' };

beforeEach(() => {
	state.table = wholesaleTable();
	state.runs.clear();
});

describe('worker cluster API', () => {
	it('sweepK streams one row per k in order and returns what sweep() returns', async () => {
		const streamed: SweepRow[] = [];
		const progress: number[] = [];
		const outcome = await cluster.sweepK('d', recipe, { kmin: 1, kmax: 6, restarts: 3 }, (row) => streamed.push(row), (f) => progress.push(f));
		expect(streamed.map((r) => r.k)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(outcome.rows).toBe(440);
		const direct = sweep(prepare(state.table!, recipe).X, { kmin: 1, kmax: 6, restarts: 3 });
		expect(outcome.result.rows.map((r) => r.inertia)).toEqual(direct.rows.map((r) => r.inertia));
		expect(outcome.result.recommendedK).toBe(direct.recommendedK);
		expect(progress.at(-1)).toBe(1);
	});

	it('clusterRun(kmeans, k = 5) gives a stored-ready result within 1.5% of the reference inertia', async () => {
		const result = await cluster.clusterRun('d', recipe, { algorithm: 'kmeans', k: 5, seed: 42 });
		expect(result.k).toBe(5);
		expect(result.labels).toBeInstanceOf(Int32Array);
		expect(result.metrics.inertia! / ref.sweep[4].inertia).toBeLessThan(1.015);
		expect(result.segmentStats!.segments).toHaveLength(5);
	});

	it('kDistance thins the curve to about 400 points, keeps both ends and suggests an eps on it', async () => {
		const outcome = await cluster.kDistance('d', recipe, 5);
		expect(outcome.points).toBe(440);
		expect(outcome.curve.length).toBeLessThanOrEqual(401);
		expect(outcome.curve[0].x).toBe(0);
		expect(outcome.curve.at(-1)!.x).toBe(439);
		const ys = outcome.curve.map((p) => p.y);
		expect(ys).toEqual([...ys].sort((a, b) => a - b));
		expect(outcome.eps).toBeGreaterThanOrEqual(ys[0]);
		expect(outcome.eps).toBeLessThanOrEqual(ys.at(-1)!);
	});

	it('dendrogram returns the full tree, and refuses above HIERARCHICAL_MAX_ROWS with the row count', async () => {
		const outcome = await cluster.dendrogram('d', recipe);
		expect(outcome.ok && outcome.tree.n).toBe(440);
		expect(outcome.ok && outcome.tree.heights.length).toBe(439);
		state.table = tableOf(numeric('x', Array.from({ length: 5001 }, (_, i) => i % 97)));
		const refused = await cluster.dendrogram('big', { version: 1, features: [{ column: 'x' }], scaler: 'standard' });
		expect(refused).toEqual({ ok: false, rows: 5001, limit: 5000 });
	});

	it('segmentView projects the run on the first two components; segmentBoxPlots boxes every feature per segment', async () => {
		const result = await cluster.clusterRun('d', recipe, { algorithm: 'kmeans', k: 3, seed: 1 });
		state.runs.set('r', { id: 'r', datasetId: 'd', createdAt: 0, recipeKey: '', result, names: [], notes: [] } satisfies RunRecord);
		const view = await cluster.segmentView('d', 'r');
		const direct = pca(prepare(state.table!, recipe).X);
		expect(view.pca.explained).toEqual(direct.explainedVarianceRatio);
		expect(view.pca.x[7]).toBeCloseTo(direct.scores[14], 12);
		expect(view.pca.centroids).toHaveLength(3);
		// A centroid is the mean of its members, so its projection is the mean of theirs.
		const members = [...result.labels.keys()].filter((i) => result.labels[i] === 0);
		const meanX = members.reduce((s, i) => s + view.pca.x[i], 0) / members.length;
		expect(view.pca.centroids[0].x).toBeCloseTo(meanX, 9);
		const boxes = await cluster.segmentBoxPlots('d', 'r');
		expect(boxes.map((b) => b.feature)).toEqual(ref.features);
		expect(boxes[0].boxes.map((b) => b.stats.count)).toEqual(result.sizes);
	});

	it('segmentView says to run again when the dataset no longer prepares to the run\'s rows', async () => {
		const result = await cluster.clusterRun('d', recipe, { algorithm: 'kmeans', k: 2 });
		state.runs.set('r', { id: 'r', datasetId: 'd', createdAt: 0, recipeKey: '', result, names: [], notes: [] } satisfies RunRecord);
		state.table = { ...state.table!, rowCount: 10, columns: state.table!.columns.map((c) => (c.type === 'numeric' ? { ...c, values: c.values.slice(0, 10) } : c)) };
		await expect(cluster.segmentView('d', 'r')).rejects.toThrow(/prepares to 10 rows but the run labelled 440; run the clustering again/);
		await expect(cluster.segmentView('d', 'gone')).rejects.toThrow(/run "gone" was not found/);
	});
});
