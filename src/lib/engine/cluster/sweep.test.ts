import { describe, expect, test } from 'vitest';
import { loadReference, referenceCases, referenceMatrix, relativeError } from '../../../../tests/helpers/fixtures';
import { fromRows } from '../matrix';
import { calinskiHarabasz } from '../metrics/calinskiHarabasz';
import { daviesBouldin } from '../metrics/daviesBouldin';
import { silhouette } from '../metrics/silhouette';
import { gaussianBlobs } from './blobs';
import { kmeans } from './kmeans';
import { recommendK } from './recommend';
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

	test('sweep(wholesale-standard) recommends the knee at k = 5 and names the best silhouette', () => {
		const result = sweep(referenceMatrix('wholesale-standard'));
		expect(result.recommendedK).toBe(5);
		expect(result.reason).toMatch(/^Knee of the inertia curve at k = 5 \(Kneedle\); silhouette is highest at k = 2 \(0\.5\d\)$/);
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

	test('sweep(three blobs) recommends k = 3 where silhouette is also highest', () => {
		const result = sweep(X, { restarts: 3 });
		expect(result.recommendedK).toBe(3);
		expect(result.reason).toContain('where silhouette is also highest');
	});

	test('sweepSteps yields one row per k and returns the result; onRow and onProgress follow', () => {
		const steps = sweepSteps(X, { kmin: 2, kmax: 3, restarts: 1 });
		expect(steps.next().value).toMatchObject({ k: 2 });
		expect(steps.next().value).toMatchObject({ k: 3 });
		const last = steps.next();
		expect(last.done).toBe(true);
		const seen: number[] = [];
		const progress: number[] = [];
		sweep(X, { kmin: 2, kmax: 3, restarts: 1, onRow: (r) => seen.push(r.k), onProgress: (f) => progress.push(f) });
		expect(seen).toEqual([2, 3]);
		expect(progress).toEqual([0.5, 1]);
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

describe('recommendK', () => {
	const rows = [
		{ k: 1, inertia: 100 },
		{ k: 2, inertia: 40, silhouette: 0.3 },
		{ k: 3, inertia: 15, silhouette: 0.6 },
		{ k: 4, inertia: 13, silhouette: 0.5 },
		{ k: 5, inertia: 12, silhouette: 0.4 }
	];

	test('recommendK(knee and best silhouette agree) says so', () => {
		expect(recommendK(rows)).toEqual({ recommendedK: 3, reason: 'Knee of the inertia curve at k = 3 (Kneedle), where silhouette is also highest (0.60)' });
	});

	test('recommendK(no knee) falls back to the best silhouette', () => {
		const straight = rows.map((r, i) => ({ ...r, inertia: 100 - 10 * i }));
		expect(recommendK(straight)).toEqual({ recommendedK: 3, reason: 'No clear knee in the inertia curve; silhouette is highest at k = 3 (0.60)' });
	});

	test('recommendK(one row) asks for a wider range', () => {
		expect(recommendK([{ k: 1, inertia: 5 }]).reason).toBe('Too few values of k to judge; try a wider range than 1..1');
	});
});
