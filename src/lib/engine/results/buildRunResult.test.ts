import { describe, expect, it } from 'vitest';
import { loadReference, relativeError } from '../../../../tests/helpers/fixtures';
import type { ClusterResult } from '../cluster/types';
import { prepare } from '../prep/prepare';
import type { Recipe } from '../prep/recipe';
import { categorical, numeric, tableOf, wholesaleTable } from '../prep/testing';
import { buildRunResult } from './buildRunResult';
import { runResultFromJson, runResultToJson } from './json';
import { runSegmentation } from './runSegmentation';

/** A ClusterResult for given labels: centroids are the members' means in X. */
function clusterOf(X: { data: Float64Array; rows: number; cols: number }, labels: number[], k: number): ClusterResult {
	const d = X.cols;
	const centroids = new Float64Array(k * d);
	const sizes = new Array(k).fill(0);
	labels.forEach((c, i) => {
		if (c < 0) return;
		sizes[c]++;
		for (let t = 0; t < d; t++) centroids[c * d + t] += X.data[i * d + t];
	});
	for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) centroids[c * d + t] /= sizes[c];
	return { algorithm: 'kmeans', k, labels: Int32Array.from(labels), centroids, sizes, inertia: 0, iterations: 0, seed: 7, params: {} };
}

const wholesaleRecipe = (features: string[], log1p = false): Recipe => ({ version: 1, features: features.map((column) => ({ column, log1p })), scaler: 'standard' });

describe('buildRunResult', () => {
	const ref = loadReference('wholesale-standard');
	const table = wholesaleTable();
	const prepared = prepare(table, wholesaleRecipe(ref.features));
	const cluster = clusterOf(prepared.X, ref.labelled.labels, ref.labelled.k);

	it("buildRunResult(reference labels) reproduces scikit-learn's scores", () => {
		const run = buildRunResult({ table, prepared, cluster, timings: { prepareMs: 1, clusterMs: 2 } });
		expect(relativeError(run.metrics.silhouette!, ref.labelled.silhouette)).toBeLessThan(1e-9);
		// 1e-8: scikit-learn gives this case's 1-row cluster a spread of 3.4e-7, not 0 (see metrics/clusterMetrics.test.ts)
		expect(relativeError(run.metrics.daviesBouldin!, ref.labelled.daviesBouldin)).toBeLessThan(1e-8);
		expect(relativeError(run.metrics.calinskiHarabasz!, ref.labelled.calinskiHarabasz)).toBeLessThan(1e-9);
		expect(run.metrics.silhouetteSampled).toBe(false);
		expect(run.timings).toMatchObject({ prepareMs: 1, clusterMs: 2 });
		expect(run.timings.metricsMs).toBeGreaterThanOrEqual(0);
	});

	it('buildRunResult: without log1p, centroids in original units are the segment means of the raw data', () => {
		const run = buildRunResult({ table, prepared, cluster, metrics: {} });
		expect(run.featureNames).toEqual(ref.features);
		run.segmentStats!.segments.forEach((segment) => {
			segment.features.forEach((f, j) => expect(run.centroidsOriginal[segment.label][j]).toBeCloseTo(f.mean, 6));
		});
		const milk = table.columns.find((c) => c.name === 'Milk')!;
		const members = ref.labelled.labels.flatMap((c, i) => (c === 0 ? [i] : []));
		const mean = members.reduce((s, i) => s + (milk.type === 'numeric' ? milk.values[i] : 0), 0) / members.length;
		expect(run.centroidsOriginal[0][1]).toBeCloseTo(mean, 6);
		expect(run.centroidsScaled[0]).toEqual(Array.from(cluster.centroids.subarray(0, 6)));
	});

	it('buildRunResult reports one-hot centroids as category shares and profiles them', () => {
		const t = tableOf(numeric('x', [1, 2, 3, 10, 11, 12]), categorical('c', ['a', 'a', 'b', 'b', 'b', 'b']));
		const p = prepare(t, { version: 1, features: [{ column: 'x' }, { column: 'c', oneHot: { maxCategories: 4 } }], scaler: 'standard' });
		const run = buildRunResult({ table: t, prepared: p, cluster: clusterOf(p.X, [0, 0, 0, 1, 1, 1], 2) });
		expect(run.featureNames).toEqual(['x', 'c=b', 'c=a']);
		const expected = [
			[2, 1 / 3, 2 / 3],
			[11, 1, 0]
		];
		expect(run.centroidsOriginal).toEqual(expected.map((r) => r.map((v) => expect.closeTo(v, 12))));
		expect(run.segmentStats!.segments[0].features[2].mean).toBeCloseTo(2 / 3, 12);
	});

	it('buildRunResult leaves scores out with a note when there is one segment, and stats out when all is noise', () => {
		const single = buildRunResult({ table, prepared, cluster: clusterOf(prepared.X, new Array(prepared.X.rows).fill(0), 1) });
		expect(single.metrics.silhouette).toBeUndefined();
		expect(single.metrics.note).toMatch(/1 segment over 440 rows/);
		const noise = buildRunResult({ table, prepared, cluster: clusterOf(prepared.X, new Array(prepared.X.rows).fill(-1), 0) });
		expect(noise.segmentStats).toBeNull();
		expect(noise.noise).toBe(440);
	});

	it('buildRunResult throws when labels and prepared rows disagree', () => {
		expect(() => buildRunResult({ table, prepared, cluster: clusterOf(prepared.X, [0, 1], 2) })).toThrow(/2 labels but the prepared data has 440 rows/);
	});
});

describe('runSegmentation', () => {
	it("runSegmentation(wholesale, log1p + standard, kmeans k) lands within 1% of the reference inertia and round-trips as JSON", () => {
		const ref = loadReference('wholesale-log-standard');
		const k = ref.labelled.k;
		const best = ref.sweep.find((s) => s.k === k)!.inertia;
		const run = runSegmentation(wholesaleTable(), wholesaleRecipe(ref.features, true), { algorithm: 'kmeans', k, seed: 1 });
		expect(run.k).toBe(k);
		expect(run.metrics.inertia! / best - 1).toBeLessThan(0.01);
		expect(run.sizes.reduce((a, b) => a + b, 0)).toBe(440);
		expect(run.segmentStats!.segments).toHaveLength(k);
		const json = JSON.parse(JSON.stringify(runResultToJson(run)));
		expect(runResultFromJson(json)).toEqual(run);
	});
});
