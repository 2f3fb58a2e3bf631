import { afterAll, describe, expect, test } from 'vitest';
import { kmeans } from '../cluster/kmeans';
import { emptySummarySums, finishSummary, summariseMatrix, summaryFinite, summaryPart } from '../cluster/summary';
import { sweep } from '../cluster/sweep';
import type { Matrix } from '../matrix';
import { prepare, prepareLazily } from '../prep/prepare';
import type { Prepared, Recipe } from '../prep/recipe';
import { categorical, numeric, tableOf } from '../prep/testing';
import { createRandom } from '../random';
import { runSegmentation } from '../results/runSegmentation';
import { segmentProjection } from '../views/segmentProjection';
import { segmentProjectionPooled } from '../views/segmentProjectionPooled';
import { createNodePool } from './nodePool';
import { createInProcessPool } from './pool';
import { runSegmentationPooled } from './runSegmentationPooled';
import { sweepPooled } from './sweepPooled';
import { unevenPool } from './testing';

// A customer-like table: skewed spend columns, one with gaps (median-filled), a region one-hot encoded.
function customers(n: number, seed: number) {
	const random = createRandom(seed);
	const group = (i: number) => i % 4;
	const spend = (i: number, base: number) => Math.exp(Math.log(base * (1 + group(i))) + random.next());
	return tableOf(
		numeric('fresh', Array.from({ length: n }, (_, i) => spend(i, 900))),
		numeric('milk', Array.from({ length: n }, (_, i) => (i % 29 === 0 ? null : spend(i, 400)))),
		numeric('grocery', Array.from({ length: n }, (_, i) => spend(3 - group(i), 300))),
		numeric('visits', Array.from({ length: n }, (_, i) => 1 + group(i) * 3 + random.int(4))),
		categorical('region', Array.from({ length: n }, (_, i) => ['north', 'south', 'west'][(i + group(i)) % 3]))
	);
}
const recipe: Recipe = {
	version: 1,
	scaler: 'standard',
	features: [
		{ column: 'fresh', log1p: true },
		{ column: 'milk', impute: 'median', log1p: true },
		{ column: 'grocery', log1p: true },
		{ column: 'visits' },
		{ column: 'region', impute: 'mode', oneHot: { maxCategories: 5 } }
	]
};
const table = customers(6000, 5);

/** prepareLazily's result with an X that throws when read: what reads it is not working from the pool's rows. */
function withoutMatrix(lazy: Prepared): Prepared {
	const { featureNames, rowIndex, fitted, dropped, notices, flagged, source } = lazy;
	return Object.defineProperties({ featureNames, rowIndex, fitted, dropped, notices, flagged, source } as Prepared, {
		X: {
			get(): Matrix {
				throw new Error('the whole prepared matrix was built');
			}
		}
	});
}

const nodePool = createNodePool(2);
afterAll(() => nodePool.terminate());

describe('the pool owns the prepared rows', () => {
	test('summaryPart over blocks of rows, block after block, equals summariseMatrix bit for bit', () => {
		const X = prepare(table, recipe).X;
		let sums = emptySummarySums(X.data.subarray(0, X.cols));
		for (const [from, to] of [[0, 1], [1, 1000], [1000, 1001], [1001, 4500], [4500, X.rows]]) sums = summaryPart(sums, X.data.subarray(from * X.cols, to * X.cols), X.cols);
		expect(finishSummary(sums)).toEqual(summariseMatrix(X, 'k-means'));
		// A NaN makes the summary not finite (the caller then names its row and column).
		const bad = X.data.slice();
		bad[7] = Number.NaN;
		expect(summaryFinite(finishSummary(summaryPart(emptySummarySums(bad.subarray(0, X.cols)), bad, X.cols)))).toBe(false);
		// Finite values whose squares overflow: not finite either, but nothing to name, so summariseMatrix still answers.
		const huge = X.data.map((v) => v * 1e300);
		const summary = summariseMatrix({ rows: X.rows, cols: X.cols, data: huge }, 'k-means');
		expect(summaryFinite(summary)).toBe(false);
		expect(summary.mean.length).toBe(X.cols);
	});

	for (const [name, pool] of [
		['two worker_threads', () => nodePool],
		['three uneven in-process shards', () => unevenPool([1000, 3500, table.rowCount - 4500])]
	] as const) {
		test(`runSegmentationPooled on ${name} never builds the prepared matrix and gives the eager run's result`, async () => {
			const spec = { algorithm: 'kmeans' as const, k: 4, seed: 9, restarts: 3 };
			const options = { minRows: 1000, metricsOptions: { silhouette: { sampleSize: 800 } } };
			const eager = await runSegmentationPooled(table, recipe, spec, { ...options, prepared: prepare(table, recipe), pool: pool() });
			const lazy = withoutMatrix(prepareLazily(table, recipe));
			const got = await runSegmentationPooled(table, recipe, spec, { ...options, prepared: lazy, pool: pool() });
			expect(Array.from(got.labels)).toEqual(Array.from(eager.labels));
			expect(got.sizes).toEqual(eager.sizes);
			expect(got.centroidsScaled).toEqual(eager.centroidsScaled);
			expect(got.segmentStats).toEqual(eager.segmentStats);
			expect(got.metrics.silhouette).toBeCloseTo(eager.metrics.silhouette!, 12);
			expect(got.metrics.inertia).toBe(eager.metrics.inertia);
			// And the same segments as the run in one thread on the eager matrix (centres from sums added in another order).
			const oneThread = runSegmentation(table, recipe, spec, { metricsOptions: options.metricsOptions });
			expect(Array.from(got.labels)).toEqual(Array.from(oneThread.labels));
			got.centroidsScaled.flat().forEach((v, t) => expect(Math.abs(v - oneThread.centroidsScaled.flat()[t])).toBeLessThan(1e-12));
			expect(Math.abs(got.metrics.inertia! - oneThread.metrics.inertia!)).toBeLessThanOrEqual(1e-12 * oneThread.metrics.inertia!);

			// The Segments page's scatter from the same rows the run's shards hold.
			const projection = await segmentProjectionPooled(lazy.source!, got, pool());
			const expected = segmentProjection(prepare(table, recipe).X, got);
			projection.x.forEach((v, i) => expect(Math.abs(v - expected.x[i])).toBeLessThan(1e-9));
		});
	}

	test('sweepPooled on a lazily prepared table, past the fit sample, never builds the matrix and equals sweep()', async () => {
		const big = customers(52_000, 6);
		const options = { kmax: 5, restarts: 2, references: 3, pairs: 2 };
		const expected = sweep(prepare(big, recipe).X, options);
		const got = await sweepPooled(withoutMatrix(prepareLazily(big, recipe)).source!, options, unevenPool([26_000, 26_000]));
		expect(got.rows.map((r) => [r.k, r.inertia, r.silhouette])).toEqual(expected.rows.map((r) => [r.k, r.inertia, r.silhouette]));
		expect(got.recommendedK).toBe(expected.recommendedK);
		expect(got.fitSample).toEqual(expected.fitSample);
	});

	test('a NaN in rows made on demand is named by row and column, as kmeans() names it', async () => {
		const rows = 40;
		const source = {
			rows,
			cols: 2,
			write(from: number, to: number, out: Float64Array) {
				for (let i = from; i < to; i++) [out[(i - from) * 2], out[(i - from) * 2 + 1]] = [i, i === 17 ? Number.NaN : -i];
			},
			take(indices: ArrayLike<number>) {
				const data = new Float64Array(indices.length * 2);
				for (let p = 0; p < indices.length; p++) this.write(indices[p], indices[p] + 1, data.subarray(p * 2, p * 2 + 2));
				return { rows: indices.length, cols: 2, data };
			}
		};
		const { kmeansPooled } = await import('./kmeansPooled');
		const all = source.take(Array.from({ length: rows }, (_, i) => i));
		const message = (() => {
			try {
				kmeans(all, { k: 2 });
			} catch (error) {
				return (error as Error).message;
			}
		})();
		expect(message).toMatch(/row 17/);
		await expect(kmeansPooled(source, { k: 2 }, createInProcessPool(2))).rejects.toThrow(message!);
	});
});
