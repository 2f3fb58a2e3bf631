import { describe, expect, it } from 'vitest';
import { runSegmentation, type ClusterSpec } from '../engine/results/runSegmentation';
import type { Recipe } from '../engine/prep/recipe';
import { wholesaleTable } from '../engine/prep/testing';
import { defaultNames, type RunRecord } from '../store/runs';
import type { SweepResult } from '../engine/cluster/sweep';
import { describeSpec, hasEvidence, specOf } from './chooseK.svelte';

const table = wholesaleTable();
const recipe: Recipe = { version: 1, features: ['Fresh', 'Milk', 'Grocery'].map((column) => ({ column, log1p: true })), scaler: 'standard' };
const record = (spec: ClusterSpec): RunRecord => {
	const result = runSegmentation(table, recipe, spec);
	return { id: 'r', datasetId: 'd', createdAt: 0, recipeKey: '', result, names: defaultNames(result), notes: [] };
};

describe('specOf', () => {
	const specs: ClusterSpec[] = [
		{ algorithm: 'kmeans', k: 4, seed: 7, restarts: 3 },
		{ algorithm: 'minibatch-kmeans', k: 3, seed: 5 },
		{ algorithm: 'dbscan', eps: 0.4, minPoints: 6 },
		{ algorithm: 'hierarchical', k: 5 },
		{ algorithm: 'gmm', k: 3, seed: 4, covariance: 'diag', restarts: 2 }
	];
	for (const spec of specs) {
		it(`specOf(run of ${describeSpec(spec)}) re-runs to the same labels`, () => {
			const run = record(spec);
			expect(specOf(run)).toEqual(spec);
			expect(runSegmentation(table, recipe, specOf(run)).labels).toEqual(run.result.labels);
		});
	}
});

describe('defaultNames', () => {
	it('defaultNames(result) takes one profile name per segment, in label order', () => {
		const run = record({ algorithm: 'kmeans', k: 3 });
		expect(run.names).toHaveLength(3);
		expect(run.names).toEqual(run.result.segmentStats!.segments.map((s) => s.name));
		expect(new Set(run.names).size).toBe(3);
	});
});

describe('describeSpec', () => {
	it('describeSpec names the algorithm and its parameters', () => {
		expect(describeSpec({ algorithm: 'kmeans', k: 5 })).toBe('k-means, k = 5');
		expect(describeSpec({ algorithm: 'dbscan', eps: 0.51234, minPoints: 4 })).toBe('DBSCAN, eps = 0.512, minPoints = 4');
		expect(describeSpec({ algorithm: 'hierarchical', k: 2 })).toBe('Ward hierarchical, k = 2');
	});
});

describe('hasEvidence', () => {
	it('hasEvidence(sweep stored before the evidence) is false, so it is run again', () => {
		const old = { rows: [], recommendedK: 3, reason: 'Knee', silhouetteSample: { sampled: false, size: 10, seed: 42 } } as unknown as SweepResult;
		expect(hasEvidence(old)).toBe(false);
		expect(hasEvidence({ ...old, picks: { silhouette: 3 }, confidence: 'low' } as SweepResult)).toBe(true);
	});
});
