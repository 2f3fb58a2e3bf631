import { describe, expect, test } from 'vitest';
import { loadReference, referenceCases, referenceMatrix, relativeError } from '../../../../tests/helpers/fixtures';
import { fromRows } from '../matrix';
import { calinskiHarabasz } from '../metrics/calinskiHarabasz';
import { daviesBouldin } from '../metrics/daviesBouldin';
import { silhouette } from '../metrics/silhouette';
import { gaussianBlobs } from './blobs';
import { kmeans } from './kmeans';
import { sweep, sweepSteps } from './sweep';

describe('sweep on the wholesale reference', () => {
	for (const name of referenceCases) {
		const X = referenceMatrix(name);
		const ref = loadReference(name);
		const result = sweep(X);

		test(`sweep(X) rows agree with kmeans(X, {k}) and recompute to the same metrics (${name})`, () => {
			expect(result.rows.map((r) => r.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
			for (const row of result.rows) {
				const labels = kmeans(X, { k: row.k }).labels;
				expect(row.sizes).toEqual(kmeans(X, { k: row.k }).sizes);
				if (row.k === 1) {
					expect(row.silhouette).toBeUndefined();
					continue;
				}
				expect(row.silhouette).toBe(silhouette(X, labels).score);
				expect(row.daviesBouldin).toBe(daviesBouldin(X, labels));
				expect(row.calinskiHarabasz).toBe(calinskiHarabasz(X, labels));
			}
		});

		test(`sweep(X) rows that reach scikit-learn's partition have its metrics (${name})`, () => {
			let matched = 0;
			for (const row of result.rows) {
				const expected = ref.sweep[row.k - 1];
				if (row.k === 1 || relativeError(row.inertia, expected.inertia) > 1e-9) continue;
				matched++;
				expect(row.sizes).toEqual(expected.sizes);
				expect(relativeError(row.silhouette ?? NaN, expected.silhouette ?? NaN)).toBeLessThan(1e-9);
				expect(relativeError(row.daviesBouldin ?? NaN, expected.daviesBouldin ?? NaN)).toBeLessThan(1e-8);
				expect(relativeError(row.calinskiHarabasz ?? NaN, expected.calinskiHarabasz ?? NaN)).toBeLessThan(1e-9);
			}
			expect(matched).toBeGreaterThanOrEqual(1);
		});

		test(`sweep(X) inertia is within 1.5% of scikit-learn's best for every k (${name})`, () => {
			for (const row of result.rows) expect(row.inertia / ref.sweep[row.k - 1].inertia).toBeLessThan(1.015);
		});

		test(`sweep(X) says the silhouette is exact on 440 rows (${name})`, () => {
			expect(result.silhouetteSample).toEqual({ sampled: false, size: 440, seed: 42 });
		});
	}

	test('sweep(wholesale-standard) recommends a k with its confidence and every criterion\'s pick', () => {
		const result = sweep(referenceMatrix('wholesale-standard'));
		// The gap statistic still rises at k = 10 on this table: its rule finds no stop, so it has no pick.
		expect(Object.keys(result.picks).sort()).toEqual(['calinskiHarabasz', 'daviesBouldin', 'elbow', 'silhouette', 'stability']);
		expect(result.rows.every((r) => r.k === 1 || r.gap !== undefined)).toBe(true);
		expect(result.reason).toMatch(new RegExp(`^k = ${result.recommendedK} is chosen by `));
		expect(['high', 'medium', 'low']).toContain(result.confidence);
		expect(result.evidence?.sample).toEqual({ sampled: false, size: 440, seed: 43 });
	});
});

describe('sweep options and stepping', () => {
	const { X } = gaussianBlobs({ rows: 1200, centres: [[0, 0], [8, 0], [0, 8]], seed: 2 });

	test('sweep(blobs, {silhouetteSampleSize: 300}) scores one seeded sample for every k and says so', () => {
		const result = sweep(X, { kmin: 2, kmax: 4, silhouetteSampleSize: 300, seed: 5, restarts: 2 });
		expect(result.silhouetteSample).toEqual({ sampled: true, size: 300, seed: 5 });
		for (const row of result.rows) {
			const labels = kmeans(X, { k: row.k, seed: 5, restarts: 2 }).labels;
			expect(row.silhouette).toBe(silhouette(X, labels, { sampleSize: 300, seed: 5 }).score);
		}
	});

	test('sweep(three blobs) recommends k = 3 with high confidence, and the rows carry gap and stability', () => {
		const result = sweep(X, { restarts: 3 });
		expect(result.recommendedK).toBe(3);
		expect(result.confidence).toBe('high');
		expect(result.weakStructure).toBeNull();
		expect(result.rows.every((r) => r.gap !== undefined && r.gapSe !== undefined)).toBe(true);
		expect(result.rows.filter((r) => r.stability !== undefined).map((r) => r.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(result.evidence?.gap?.k).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	test('sweep(blobs, {evidenceSampleSize: 500}) computes gap and stability on a seeded sample and says so', () => {
		const result = sweep(X, { kmin: 2, kmax: 4, restarts: 1, evidenceSampleSize: 500, seed: 7 });
		expect(result.evidence?.sample).toEqual({ sampled: true, size: 500, seed: 8 });
		expect(result.recommendedK).toBe(3);
	});

	test('sweep(X, {evidence: false}) skips gap and stability and still recommends from the scores', () => {
		const result = sweep(X, { kmax: 4, restarts: 1, evidence: false });
		expect(result.evidence).toBeUndefined();
		expect(result.picks.gap).toBeUndefined();
		expect(result.recommendedK).toBe(3);
	});

	test('sweep(X, {shouldStop}) also stops during the gap statistic and stability', () => {
		let calls = 0;
		// 3 k rows pass; the stop comes inside the evidence.
		expect(() => sweep(X, { kmin: 2, kmax: 4, restarts: 1, shouldStop: () => ++calls > 5 })).toThrow('cancelled');
	});

	test('sweepSteps yields one row per k and returns the result; onRow and onProgress follow', () => {
		const steps = sweepSteps(X, { kmin: 2, kmax: 3, restarts: 1 });
		expect(steps.next().value).toMatchObject({ k: 2 });
		expect(steps.next().value).toMatchObject({ k: 3 });
		let last = steps.next();
		expect(last.value).toMatchObject({ phase: 'evidence', message: 'gap statistic, k = 1 of 4' });
		while (!last.done) last = steps.next();
		expect(last.value).toMatchObject({ recommendedK: 3 });
		const seen: number[] = [];
		const progress: number[] = [];
		sweep(X, { kmin: 2, kmax: 3, restarts: 1, onRow: (r) => seen.push(r.k), onProgress: (f) => progress.push(f) });
		expect(seen).toEqual([2, 3]);
		// The k rows fill 80 % of the bar, the gap statistic and stability the rest.
		expect(progress.slice(0, 2)).toEqual([0.4, 0.8]);
		expect(progress.at(-1)).toBe(1);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
	});

	test('sweep(X, {shouldStop}) stops between k with CancelledError', () => {
		let calls = 0;
		expect(() => sweep(X, { restarts: 1, shouldStop: () => ++calls > 2 })).toThrow('cancelled');
	});

	test('sweep(4 rows, {kmax: 10}) stops at k = 4 and leaves the metrics of k = 4 undefined', () => {
		const result = sweep(fromRows([[0], [1], [5], [6]]));
		expect(result.rows.map((r) => r.k)).toEqual([1, 2, 3, 4]);
		expect(result.rows[3].silhouette).toBeUndefined();
		expect(result.rows[1].silhouette).toBeGreaterThan(0.5);
	});
});
