// A sweep of more than fitSampleSize rows fits each k on a seeded sample; its recommendation must be
// the one a sweep over every row gives, on the benchmark's families (knownGroups.ts) and six blobs.
import { describe, expect, test } from 'vitest';
import { gaussianBlobs, randomCentres } from './blobs';
import { knownGroupSet, type KnownGroupFamily } from './knownGroups';
import { sweep, type SweepOptions } from './sweep';
import { FULL_STARTS_K, sweepStarts, warmCentres } from './sweepFit';
import { kmeans } from './kmeans';
import { createRandom } from '../random';
import { fromRows } from '../matrix';
import { fitSampleSizeFor, silhouetteSampleSizeFor } from './sweepBudget';
import type { Matrix } from '../matrix';

const rows = 120_000;
// Two sweeps of 120,000 rows each: minutes when eight processes share two cores.
const slow = 300_000;
// Gap and stability run on the same 3,000-row sample of X in both sweeps (checked below), so they are
// left out here to keep the test quick and to let the scores that sampling does change decide alone;
// the silhouette scores the same 2,000 rows' worth in both, for speed.
const options: SweepOptions = { kmax: 10, restarts: 2, evidence: false, silhouetteSampleSize: 2_000 };

/**
 * The full and the sampled sweep of X; both must recommend the same k, or, on structureless data,
 * both flag weak structure (the benchmark's hit there: any k is then a convenient partition).
 */
function compare(X: Matrix, name: string, fitSampleSize = 50_000, structured = true): number {
	const full = sweep(X, { ...options, fitSampleSize: X.rows });
	const sampled = sweep(X, { ...options, fitSampleSize });
	expect(full.fitSample, name).toEqual({ sampled: false, size: X.rows, seed: 44 });
	expect(sampled.fitSample, name).toEqual({ sampled: true, size: fitSampleSize, seed: 44 });
	if (structured) expect(sampled.recommendedK, `${name}: picks full ${JSON.stringify(full.picks)}, sampled ${JSON.stringify(sampled.picks)}`).toBe(full.recommendedK);
	expect(sampled.weakStructure === null, name).toBe(full.weakStructure === null);
	if (!structured) expect(sampled.weakStructure, name).not.toBeNull();
	return sampled.recommendedK;
}

describe('sweep(X of 120,000 rows) on a 50,000-row fit sample', () => {
	test('sweep(six blobs in 9-D, 120,000 rows) recommends what the full sweep does, and 6', () => {
		const { X } = gaussianBlobs({ rows, centres: randomCentres(6, 9, 11), seed: 3 });
		expect(compare(X, 'six blobs')).toBe(6);
	}, slow);

	for (const [family, seed] of [
		['equal', 10],
		['unequalSizes', 11],
		['unequalSpreads', 12],
		['elongated', 13],
		['close', 14],
		['noStructure', 2]
	] as [KnownGroupFamily, number][]) {
		// 60,000 rows fitted on 10,000: the same sampling, harsher, at half the cost of 120,000 rows.
		test(`sweep(${family} groups, seed ${seed}, 60,000 rows, fitSampleSize 10,000) recommends what the full sweep does`, () => {
			const set = knownGroupSet({ family, seed, rows: 60_000, ...(family === 'noStructure' ? { d: 4 } : {}) });
			compare(set.X, set.name, 10_000, family !== 'noStructure');
		}, slow);
	}

	test('sweep(X) draws the gap and stability sample from every row, sampled fits or not', () => {
		const { X } = gaussianBlobs({ rows, centres: randomCentres(3, 2, 5), seed: 4 });
		const quick = { kmax: 3, restarts: 1, references: 2, pairs: 1 };
		const full = sweep(X, { ...quick, fitSampleSize: X.rows });
		const sampled = sweep(X, quick);
		expect(sampled.evidence?.sample).toEqual({ sampled: true, size: 3000, seed: 43 });
		expect(sampled.evidence?.gap).toEqual(full.evidence?.gap);
		expect(sampled.evidence?.stability).toEqual(full.evidence?.stability);
		// Inertia is scaled up to all rows, so the sampled curve sits on the full one.
		expect(sampled.rows[0].inertia / full.rows[0].inertia).toBeCloseTo(1, 1);
	}, slow);
});

describe('sweep budget for wide ranges of k', () => {
	test('sweepStarts(k) keeps every start up to k = 10, then one warm start', () => {
		expect(sweepStarts(FULL_STARTS_K, 10, true)).toEqual({ fresh: 10, warm: false });
		expect(sweepStarts(11, 10, true)).toEqual({ fresh: 0, warm: true });
		expect(sweepStarts(11, 10, false)).toEqual({ fresh: 10, warm: false });
	});

	test('warmCentres(X, fit of k = 1) keeps the centre and adds a row far from it; null when every row sits on a centre', () => {
		const X = fromRows([[0], [0], [10], [10]]);
		const init = warmCentres(X, kmeans(X, { k: 1 }), createRandom(1));
		expect(init?.[0]).toBe(5);
		expect([0, 10]).toContain(init?.[1]);
		const flat = fromRows([[1], [1]]);
		expect(warmCentres(flat, kmeans(flat, { k: 1 }), createRandom(1))).toBeNull();
	});

	test('fitSampleSizeFor and silhouetteSampleSizeFor shrink only past 20 values of k', () => {
		expect(fitSampleSizeFor(50_000, 20)).toBe(50_000);
		expect(fitSampleSizeFor(50_000, 200)).toBe(10_000);
		expect(silhouetteSampleSizeFor(10_000, 10)).toBe(10_000);
		expect(silhouetteSampleSizeFor(10_000, 199)).toBe(1_417);
	});

	test('sweep(blobs, {kmin: 2, kmax: 60}) fits every k, warm past 10, gap and stability up to 15', () => {
		const { X } = gaussianBlobs({ rows: 3000, centres: randomCentres(4, 3, 7), seed: 6 });
		const result = sweep(X, { kmin: 2, kmax: 60, restarts: 2, references: 2, pairs: 1 });
		expect(result.rows.map((r) => r.k)).toEqual(Array.from({ length: 59 }, (_, i) => i + 2));
		expect(result.rows.filter((r) => r.stability !== undefined).at(-1)?.k).toBe(15);
		expect(result.silhouetteSample.size).toBe(2_603);
		// Warm starts keep the inertia curve falling (each k starts from k - 1's centres plus one).
		for (let i = 11; i < result.rows.length; i++) expect(result.rows[i].inertia).toBeLessThanOrEqual(result.rows[i - 1].inertia * 1.0001);
		expect(result.recommendedK).toBe(4);
	}, slow);
});
